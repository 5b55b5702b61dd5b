using ClaimLang.Syntax;

namespace ClaimLang.Binding.Meaning;

/// <summary>
/// What the checks need to know of a metric: flow or level, its unit and its bounds. A flow
/// is never negative unless its min says otherwise (docs/language.md, "Declarations"); the built-in
/// <c>transfer</c> is a flow with min 0.
/// </summary>
internal sealed record MetricInfo(string Name, bool IsFlow, string? Unit, Rational? Min, Rational? Max)
{
    public static MetricInfo From(Symbol metric)
    {
        if (metric.Declaration?.AttributeBlock is not { } block)
            return new MetricInfo(metric.Name, true, null, Rational.Zero, null);
        bool isFlow = true;
        string? unit = null;
        Rational? min = null, max = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (AttributeSyntax attribute in block.Attributes)
        {
            if (attribute.Name.IsMissing || attribute.Value.IsMissing || !seen.Add(attribute.Name.Text)) continue;
            switch (attribute.Name.Text)
            {
                case "kind": isFlow = attribute.Value.Text != "level"; break;
                case "unit": unit = attribute.Value.Text; break;
                case "min": min = WrittenNumber.Read(attribute.Value, attribute.ScaleWord)?.Value; break;
                case "max": max = WrittenNumber.Read(attribute.Value, attribute.ScaleWord)?.Value; break;
            }
        }
        return new MetricInfo(metric.Name, isFlow, unit, min ?? (isFlow ? Rational.Zero : null), max);
    }

    public AmountInterval Bounds => new(Min, Max);
}
