using System.Globalization;
using System.Text;
using ClaimLang.Binding.Meaning;
using ClaimLang.Compilation;
using ClaimLang.Diagnostics;
using ClaimLang.Emit;
using ClaimLang.Syntax;

namespace ClaimLang.Core.Tests.TestSupport;

/// <summary>
/// What a compiled project means, written as text that does not depend on the spacing within
/// lines: every diagnostic (code, severity, file, line, message, related locations, suppression)
/// and every claim's normalised meaning (id, attribution, subject, metric, unit, rate, period,
/// amount, totals, whether it takes part in checks, qualifiers), then the dataset
/// <c>claimc build</c> would write from it: every CSV table and the JSON Lines, as written.
/// Columns are left out of the first part: they are what formatting changes (the dataset has none).
/// </summary>
internal static class SemanticSnapshot
{
    public static string Of(ClaimCompilation compilation)
    {
        var snapshot = new StringBuilder();
        foreach (Diagnostic diagnostic in compilation.GetDiagnostics())
        {
            snapshot.Append($"{Where(diagnostic.Location)} {diagnostic.Severity.ToText()} {diagnostic.Id}: {diagnostic.Message}");
            if (diagnostic.IsSuppressed) snapshot.Append($" [suppressed: {diagnostic.Justification}]");
            snapshot.Append('\n');
            foreach (RelatedLocation related in diagnostic.RelatedLocations)
                snapshot.Append($"    {Where(related.Location)}: {related.Message}\n");
        }
        foreach (SyntaxTree tree in compilation.SyntaxTrees)
        {
            SemanticModel model = compilation.GetSemanticModel(tree);
            foreach (ClaimSyntax claim in tree.Root.Claims)
                snapshot.Append(Describe(claim, model.GetMeaning(claim))).Append('\n');
        }
        AppendDataset(snapshot, compilation);
        return snapshot.ToString();
    }

    private static void AppendDataset(StringBuilder snapshot, ClaimCompilation compilation)
    {
        Dataset dataset = DatasetBuilder.Build(compilation);
        foreach (IDatasetTable table in dataset.Tables)
        {
            var csv = new StringWriter();
            CsvTableWriter.Write(table, csv);
            snapshot.Append($"--- {DatasetFiles.Csv(table)}\n").Append(csv);
        }
        using var jsonl = new MemoryStream();
        JsonLinesTableWriter.Write(dataset.Tables[0], jsonl);
        snapshot.Append($"--- {DatasetFiles.ClaimsJsonLines}\n").Append(Encoding.UTF8.GetString(jsonl.ToArray()));
    }

    private static string Describe(ClaimSyntax claim, ClaimMeaning? meaning)
    {
        string id = claim.Label is { } label ? label.Identifier.Text : Where(claim.FirstToken.GetLocation());
        // Qualifiers as their tokens: `as of 2018`, `note "..."`, wherever their line breaks are.
        string qualifiers = string.Join(", ", claim.Qualifiers.Select(q => string.Join(' ', q.DescendantTokens().Select(t => t.Text))));
        if (meaning is null) return $"claim {id} at {Where(claim.FirstToken.GetLocation())}: no meaning; {qualifiers}";
        return string.Create(CultureInfo.InvariantCulture,
               $"claim {id} at {Where(claim.FirstToken.GetLocation())}: {meaning.Attribution} on {meaning.From} -> {meaning.To} " +
               $"{meaning.Metric} in {meaning.Unit} per {meaning.RatePer?.ToString() ?? "-"} over {meaning.Period.Start:yyyy-MM-dd}..{meaning.Period.End:yyyy-MM-dd} " +
               $"({meaning.DurationYears} years): amount {meaning.Amount}, total {meaning.Total}, " +
               $"{(meaning.TakesPartInChecks ? "checked" : "not checked")}; {qualifiers}");
    }

    private static string Where(Location location) => $"{location.FilePath}:{location.Start.Line + 1}";
}
