using System.Globalization;
using ClaimLang.Bench.Corpus.Claims;

namespace ClaimLang.Bench.Corpus.Output;

/// <summary>
/// The claims as an hledger journal, for timing <c>hledger check</c> on the same records: one
/// transaction per claim, dated at the start of its period, with the claim's label as its code
/// and one posting of the figure it states (its low end; its high end when it has no low one)
/// against an auto-balanced one. A flow moves from the giver's account to the receiver's; a
/// level is posted to the subject's account of that metric.
/// </summary>
internal sealed class HledgerJournalWriter(string path) : IClaimRecordWriter
{
    private readonly StreamWriter _writer = TextFiles.Create(path);

    public void Write(ClaimRecord record)
    {
        _writer.Write(record.Period.StartDate());
        if (record.Label is { } label) _writer.Write($" ({label})");
        _writer.Write($" {record.Attribution} via {record.Source}: ");
        _writer.WriteLine(record.Subject ?? $"{record.From} -> {record.To}");
        double amount = record.Low ?? record.High ?? 0;
        string posted = string.Concat(amount.ToString("0.00", CultureInfo.InvariantCulture), " ", PeerUnits.Commodity(record.Unit));
        if (record.Subject is { } subject)
        {
            _writer.WriteLine($"    levels:{subject}:{record.Metric}  {posted}");
            _writer.WriteLine($"    levels:{subject}:{record.Metric}:reported");
        }
        else
        {
            _writer.WriteLine($"    flows:{record.To}:{record.Metric}  {posted}");
            _writer.WriteLine($"    flows:{record.From}:{record.Metric}");
        }
        _writer.WriteLine();
    }

    public void Dispose() => _writer.Dispose();
}
