using System.Globalization;
using System.Text;
using ClaimLang.Binding.Meaning;
using ClaimLang.Binding.Units;
using ClaimLang.Compilation;
using ClaimLang.Consistency;
using ClaimLang.Diagnostics;
using ClaimLang.Emit;
using ClaimLang.Syntax;
using ClaimLang.Text;

namespace ClaimLang.Editing;

/// <summary>
/// The hover of a claim: what it means, normalised, in the words of its row in the dataset
/// (docs/language.md, "The dataset": the columns' names), then the findings it takes part in. The row
/// is made by the dataset's own code, so the hover cannot say otherwise; its numbers are shown
/// as a person reads them, in the forms consistency messages use (35.5e9..36.5e9 USD,
/// ≈1.33 years), while the dataset keeps them to full precision.
/// </summary>
internal static class HoverClaimText
{
    public static string Of(SemanticModel model, ClaimSyntax claim, IReadOnlyList<Diagnostic> diagnostics)
    {
        ClaimMeaning? meaning = model.GetMeaning(claim);
        ClaimRecord row = DatasetBuilder.ClaimOf(claim, model.Tree, ClaimLocation.Start(claim), meaning);
        var text = new StringBuilder();
        text.Append("**claim** ").Append(Code(row.Id)).Append("\n\n");
        text.Append(Column("attribution")).Append(Escape(row.Attribution)).Append(" · ").Append(Column("subject")).Append(Escape(row.Subject));
        if (row.Metric is { } metric) text.Append(" · ").Append(Column("metric")).Append(Escape(metric));
        text.Append("\n\n");
        text.Append("- ").Append(Column("amount")).Append(Code(row.Amount)).Append(" · ").Append(Column("unit")).Append(Escape(row.Unit));
        if (UnitMeasures(model.Compilation, row.Unit) is { } measures) text.Append(" (").Append(Escape(measures)).Append(')');
        if (row.RatePer is { } per) text.Append(" · ").Append(Column("rate_per")).Append(per);
        text.Append('\n');
        if (meaning is null)
        {
            text.Append("\nIts meaning cannot be worked out until the errors below are mended.\n");
        }
        else
        {
            string unit = row.Unit + (row.RatePer is { } rate ? " per " + rate : "");
            AppendInterval(text, "low", "high", meaning.Amount, unit, "");
            ClaimPeriod period = meaning.Period;
            text.Append("- ").Append(Column("period_start")).Append(Cell(row.PeriodStart)).Append(" · ").Append(Column("period_end")).Append(Cell(row.PeriodEnd))
                .Append(" · ").Append(Cell(period.Days)).Append(period.Days == 1 ? " day" : " days")
                .Append(" · ").Append(Column("duration_years")).Append(Escape(ClaimWording.Years(meaning.DurationYears))).Append('\n');
            AppendInterval(text, "total_low", "total_high", meaning.Total, row.Unit, " over the period");
        }
        if (row.AsOf is { } asOf) text.Append("- ").Append(Column("as_of")).Append(Escape(asOf)).Append('\n');
        if (row.Status is { } status) text.Append("- ").Append(Column("status")).Append(Escape(status)).Append(": takes no part in consistency checks\n");
        AppendFindings(Findings(model.Tree, claim, diagnostics), text);
        return text.ToString();
    }

    /// <summary>The diagnostics whose location, or one of whose related locations, lies within the claim.</summary>
    private static List<Diagnostic> Findings(SyntaxTree tree, ClaimSyntax claim, IReadOnlyList<Diagnostic> diagnostics)
    {
        TextSpan span = ClaimLocation.Of(claim).Span;
        bool Within(Location location) =>
            location.FilePath == tree.FilePath && location.Span.Start >= span.Start && location.Span.End <= span.End;
        return [.. diagnostics.Where(d => Within(d.Location) || d.RelatedLocations.Any(r => Within(r.Location)))];
    }

    private static void AppendFindings(List<Diagnostic> findings, StringBuilder text)
    {
        text.Append('\n');
        if (findings.Count == 0)
        {
            text.Append("No findings.");
            return;
        }
        text.Append("**Findings**\n\n");
        foreach (Diagnostic finding in findings)
        {
            text.Append("- ").Append(finding.Severity.ToText()).Append(' ').Append(finding.Id);
            if (finding.IsSuppressed)
                text.Append(" (suppressed").Append(finding.Justification is { } why ? ": " + Escape(why) : "").Append(')');
            text.Append(": ").Append(Escape(finding.Message)).Append('\n');
        }
    }

    // `low`, `high` 35.5e9..36.5e9 USD: the two columns' values as one interval, naming an open end, which the dataset leaves empty.
    private static void AppendInterval(StringBuilder text, string lowColumn, string highColumn, AmountInterval interval, string unit, string after)
    {
        text.Append("- ").Append(HoverMarkdown.Code(lowColumn)).Append(", ").Append(Column(highColumn))
            .Append(Escape($"{interval.ToRoundedString()} {unit}")).Append(after);
        if (interval.Low is null) text.Append(" (").Append(HoverMarkdown.Code(lowColumn)).Append(" open)");
        if (interval.High is null) text.Append(" (").Append(HoverMarkdown.Code(highColumn)).Append(" open)");
        text.Append('\n');
    }

    // What a unit measures: a currency's name, or its kind.
    private static string? UnitMeasures(ClaimCompilation compilation, string unit) =>
        compilation.Units.TryGet(unit, out UnitInfo? info) ? info.Iso4217?.Name ?? info.Kind.Name : null;

    private static string Column(string name) => HoverMarkdown.Code(name) + " ";

    private static string Cell(object? value) => CellText.Of(value);

    private static string Code(string text) => HoverMarkdown.Code(text);

    private static string Escape(string text) => HoverMarkdown.Escape(text);
}
