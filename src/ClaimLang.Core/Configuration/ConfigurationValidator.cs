using System.Globalization;
using System.Text.Json;

namespace ClaimLang.Configuration;

/// <summary>
/// Turns the JSON tree of a <c>claimlang.json</c> into a <see cref="ClaimLangConfiguration"/>,
/// reporting every problem (not only the first) so one edit can fix them all. Keys that are
/// wrong keep their defaults in the result.
/// </summary>
internal static class ConfigurationValidator
{
    private static readonly string KnownKeys = string.Join(", ", ConfigurationKeys.All.Select(k => $"'{k}'"));

    public static ClaimLangConfiguration Validate(JsonTreeNode root, ClaimLangConfiguration defaults, ConfigurationProblems problems)
    {
        if (root.Kind != JsonValueKind.Object)
        {
            problems.Report(root.Span,
                $"{ClaimLangConfiguration.FileName} must hold a JSON object such as {{ \"exclude\": [\"drafts/**\"] }}, not {root.Describe()}; " +
                "every key is optional, so {} means the defaults");
            return defaults;
        }

        ClaimLangConfiguration configuration = defaults;
        var seen = new Dictionary<string, JsonTreeProperty>(StringComparer.Ordinal);
        foreach (JsonTreeProperty property in root.Properties)
        {
            if (!seen.TryAdd(property.Name, property))
            {
                problems.ReportDuplicate(property, seen[property.Name]);
                continue;
            }
            configuration = Apply(configuration, property, problems);
        }
        return configuration;
    }

    private static ClaimLangConfiguration Apply(ClaimLangConfiguration configuration, JsonTreeProperty property, ConfigurationProblems problems)
    {
        switch (property.Name)
        {
            case ConfigurationKeys.Schema:
                CheckSchema(property, problems);
                return configuration;
            case ConfigurationKeys.Include:
                return GlobListValidator.Read(property, problems) is { } include ? configuration with { Include = include } : configuration;
            case ConfigurationKeys.Exclude:
                return GlobListValidator.Read(property, problems) is { } exclude ? configuration with { Exclude = exclude } : configuration;
            case ConfigurationKeys.Diagnostics:
                return DiagnosticSeveritiesValidator.Read(property, problems) is { } severities ? configuration with { Diagnostics = severities } : configuration;
            case ConfigurationKeys.ApproximateTolerance:
                return ReadTolerance(property, problems) is { } tolerance ? configuration with { ApproximateTolerance = tolerance } : configuration;
            case ConfigurationKeys.RoundingTolerance:
                return ReadBoolean(property, problems) is { } rounding ? configuration with { RoundingTolerance = rounding } : configuration;
            default:
                ReportUnknownKey(property, problems);
                return configuration;
        }
    }

    private static void ReportUnknownKey(JsonTreeProperty property, ConfigurationProblems problems)
    {
        string? suggestion = SpellingSuggestion.Closest(property.Name, ConfigurationKeys.All);
        string hint = suggestion is null ? "; remove it." : $"; did you mean '{suggestion}'?";
        problems.Report(property.NameSpan, $"unknown key '{property.Name}'{hint} The keys are {KnownKeys}");
    }

    private static void CheckSchema(JsonTreeProperty property, ConfigurationProblems problems)
    {
        if (property.Value.Kind != JsonValueKind.String)
        {
            problems.Report(property.Value.Span,
                $"'{property.Name}' must be a string, the path or URL of claimlang.schema.json for editors, not {property.Value.Describe()}");
        }
    }

    private static decimal? ReadTolerance(JsonTreeProperty property, ConfigurationProblems problems)
    {
        JsonTreeNode value = property.Value;
        if (value.Kind != JsonValueKind.Number)
        {
            string written = value.Kind == JsonValueKind.String ? $"; write {value.Text} without quotes" : "";
            problems.Report(value.Span, $"'{property.Name}' must be a number at least 0 and below 1, such as 0.1, not {value.Describe()}{written}");
            return null;
        }

        // A literal too large for decimal (1e400) is out of range all the same.
        bool parsed = decimal.TryParse(value.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal tolerance);
        if (!parsed || tolerance < 0m || tolerance >= 1m)
        {
            problems.Report(value.Span,
                $"'{property.Name}' must be at least 0 and below 1 (0.1 reads ~v as v ± 10 %), not {value.Text}");
            return null;
        }
        return tolerance;
    }

    private static bool? ReadBoolean(JsonTreeProperty property, ConfigurationProblems problems)
    {
        JsonTreeNode value = property.Value;
        switch (value.Kind)
        {
            case JsonValueKind.True: return true;
            case JsonValueKind.False: return false;
        }
        string written = value.Kind == JsonValueKind.String && value.Text is "true" or "false" ? $"; write {value.Text} without quotes" : "";
        problems.Report(value.Span,
            $"'{property.Name}' must be true (a written number stands for every value that rounds to it) or false (numbers are exact), " +
            $"not {value.Describe()}{written}");
        return null;
    }
}
