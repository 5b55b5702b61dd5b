using System.Collections.Immutable;
using System.Globalization;
using ClaimLang.Diagnostics;
using ClaimLang.Syntax;

namespace ClaimLang.Binding;

/// <summary>
/// CL1006: attributes a declaration kind does not know (kept, but warned about, with the
/// closest known name), attributes given twice, and values of the wrong form: a reliability
/// outside A..F, a metric kind other than flow or level, a published date that is not a date,
/// a url that is not a string, a min or max that is not a number, a min above the max.
/// Unit names are checked with units (CL2001), not here.
/// </summary>
internal static class AttributeChecker
{
    public static void Check(DeclarationSyntax declaration, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        if (declaration.AttributeBlock is not { } block) return;
        SymbolKind kind = SymbolKindText.FromDeclaration(declaration.DeclarationKind);
        var seen = new Dictionary<string, AttributeSyntax>(StringComparer.Ordinal);
        foreach (AttributeSyntax attribute in block.Attributes)
        {
            if (attribute.Name.IsMissing || attribute.Value.IsMissing) continue;
            string name = attribute.Name.Text;
            if (!AttributeRules.IsKnown(kind, name))
            {
                string? closest = NameSuggester.Closest(name, AttributeRules.For(kind));
                string known = string.Join(", ", AttributeRules.For(kind));
                Report(diagnostics, attribute.Name, closest is null
                    ? $"'{name}' is not an attribute of {kind.WithArticle()} (those are: {known}); it is kept in the dataset"
                    : $"'{name}' is not an attribute of {kind.WithArticle()}; did you mean '{closest}'? (it is kept in the dataset)");
                continue;
            }
            if (!seen.TryAdd(name, attribute))
            {
                Report(diagnostics, attribute.Name, $"'{name}' is given twice; the first value counts",
                    new RelatedLocation(seen[name].Name.GetLocation(), $"'{name}' is first given here"));
                continue;
            }
            if (ValueProblem(kind, name, attribute) is { } problem) Report(diagnostics, attribute.Value, problem);
        }
        CheckBounds(kind, seen, diagnostics);
    }

    private static string? ValueProblem(SymbolKind kind, string name, AttributeSyntax attribute)
    {
        SyntaxToken value = attribute.Value;
        return (kind, name) switch
        {
            (SymbolKind.Source, "reliability") when value.Kind != SyntaxKind.IdentifierToken || !AttributeRules.IsReliabilityGrade(value.Text) =>
                $"reliability {value.Text} is not an Admiralty grade: use a letter from A (reliable) to F (cannot be judged)",
            (SymbolKind.Source, "published") when !IsDate(value) =>
                $"'published' takes a date such as 2018, 2018-02 or 2018-02-14, not {value.Text}",
            (SymbolKind.Source, "url") when value.Kind != SyntaxKind.StringToken =>
                $"'url' takes a quoted string, as in url \"https://www.bbc.com/persian\"",
            (SymbolKind.Metric, "kind") when value.Kind != SyntaxKind.IdentifierToken || !AttributeRules.MetricKinds.Contains(value.Text) =>
                $"a metric's kind is flow (an amount moved over time) or level (a state at a time), not {value.Text}",
            (SymbolKind.Metric, "unit") when value.Kind is not (SyntaxKind.IdentifierToken or SyntaxKind.PercentToken) =>
                $"'unit' takes a unit name such as USD, % or count, not {value.Text}",
            (SymbolKind.Metric, "min" or "max") when value.Kind != SyntaxKind.NumberToken =>
                $"'{name}' takes a number, not {value.Text}",
            _ => null,
        };
    }

    // A metric whose min is above its max admits no value at all.
    private static void CheckBounds(SymbolKind kind, Dictionary<string, AttributeSyntax> attributes, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        if (kind != SymbolKind.Metric || !attributes.TryGetValue("min", out var min) || !attributes.TryGetValue("max", out var max)) return;
        if (NumberValue(min) is { } low && NumberValue(max) is { } high && low > high)
        {
            Report(diagnostics, min.Value, $"min {Written(min)} is above max {Written(max)}: no value could satisfy both",
                new RelatedLocation(max.Value.GetLocation(), "the max"));
        }
    }

    private static double? NumberValue(AttributeSyntax attribute)
    {
        if (attribute.Value.Kind != SyntaxKind.NumberToken) return null;
        string digits = attribute.Value.Text.Replace("_", "", StringComparison.Ordinal);
        if (!double.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out double value)) return null;
        return attribute.ScaleWord is { } scale ? value * Math.Pow(10, SyntaxFacts.GetScaleExponent(scale.Kind)) : value;
    }

    private static string Written(AttributeSyntax attribute) =>
        attribute.ScaleWord is { } scale ? $"{attribute.Value.Text} {scale.Text}" : attribute.Value.Text;

    private static bool IsDate(SyntaxToken value) =>
        value.Kind == SyntaxKind.DateToken || (value.Kind == SyntaxKind.NumberToken && value.Text.Length == 4 && value.Text.All(char.IsAsciiDigit));

    private static void Report(ImmutableArray<Diagnostic>.Builder diagnostics, SyntaxToken token, string message, params RelatedLocation[] related) =>
        diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.BadAttribute, token.GetLocation(), related, message));
}
