using ClaimLang.Emit;

namespace ClaimLang.Cli.Diffing;

/// <summary>The words every diff format shares: a claim in one line, a change of values, counts.</summary>
internal static class DiffWording
{
    /// <summary><c>BBC says Iran -> Syria aid 36e9 USD 2011-01-01..2016-12-31</c></summary>
    public static string Describe(ClaimRecord claim)
    {
        string metric = claim.Metric is { } m ? " " + m : "";
        string rate = claim.RatePer is { } per ? "/" + per : "";
        string period = claim.PeriodStart is null ? "" : $" {CellText.Of(claim.PeriodStart)}..{CellText.Of(claim.PeriodEnd)}";
        return $"{claim.Attribution} says {claim.Subject}{metric} {claim.Amount} {claim.Unit}{rate}{period}";
    }

    /// <summary><c>amount: 36e9 -> 38e9; high: 36500000000 -> 38500000000</c>, an empty value as <c>(none)</c>.</summary>
    public static string Changes(ClaimChange change, Func<string, string> quote) =>
        string.Join("; ", change.Fields.Select(f => $"{f.Column}: {quote(Shown(f.Old))} -> {quote(Shown(f.New))}"));

    public static string Where(DiagnosticRecord diagnostic) => $"{diagnostic.File}:{diagnostic.Line}";

    public static string Count(int count, string what) => $"{count} {what}";

    public static string ClaimSummary(DatasetDifference difference) =>
        $"{Count(difference.Added.Length, "added")}, {Count(difference.Removed.Length, "removed")}, {Count(difference.Changed.Length, "changed")}";

    public static string DiagnosticSummary(DatasetDifference difference) =>
        $"{Count(difference.Introduced.Length, "introduced")}, {Count(difference.Fixed.Length, "fixed")}";

    private static string Shown(string value) => value.Length == 0 ? "(none)" : value;
}
