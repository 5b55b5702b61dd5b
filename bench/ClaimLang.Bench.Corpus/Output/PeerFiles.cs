using ClaimLang.Bench.Corpus.Claims;

namespace ClaimLang.Bench.Corpus.Output;

/// <summary>The peer formats asked for (none, hledger, JSON Lines, or both), each given every claim's record.</summary>
internal sealed class PeerFiles : IDisposable
{
    private readonly List<IClaimRecordWriter> _writers = [];

    public PeerFiles(CorpusOptions options)
    {
        if (options.HledgerPath is { } journal) _writers.Add(new HledgerJournalWriter(journal));
        if (options.JsonLinesPath is { } lines) _writers.Add(new JsonLinesWriter(lines));
    }

    public void Write(ClaimRecord record)
    {
        foreach (IClaimRecordWriter writer in _writers) writer.Write(record);
    }

    public void Dispose()
    {
        foreach (IClaimRecordWriter writer in _writers) writer.Dispose();
    }
}
