using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using ClaimLang.Diagnostics;

namespace ClaimLang.Configuration;

/// <summary>Reads <c>diagnostics</c>: an object from diagnostic codes to <c>error</c>, <c>warning</c>, <c>info</c> or <c>none</c>.</summary>
internal static class DiagnosticSeveritiesValidator
{
    private static readonly string AllowedSeverities = string.Join(", ", SeverityOptionText.All.Select(s => $"'{s}'"));

    /// <summary>The severities by code, or null when the value is not an object (each problem is reported). Bad entries are left out.</summary>
    public static ImmutableDictionary<string, SeverityOption>? Read(JsonTreeProperty property, ConfigurationProblems problems)
    {
        JsonTreeNode value = property.Value;
        if (value.Kind != JsonValueKind.Object)
        {
            problems.Report(value.Span,
                $"'{property.Name}' must be an object from diagnostic codes to severities, such as {{ \"CL1004\": \"none\" }}, not {value.Describe()}");
            return null;
        }

        var severities = ImmutableDictionary.CreateBuilder<string, SeverityOption>(StringComparer.Ordinal);
        var seen = new Dictionary<string, JsonTreeProperty>(StringComparer.Ordinal);
        foreach (JsonTreeProperty entry in value.Properties)
        {
            if (!seen.TryAdd(entry.Name, entry))
            {
                problems.ReportDuplicate(entry, seen[entry.Name]);
            }
            else if (ReadEntry(entry, problems) is { } severity)
            {
                severities[entry.Name] = severity;
            }
        }
        return severities.ToImmutable();
    }

    private static SeverityOption? ReadEntry(JsonTreeProperty entry, ConfigurationProblems problems)
    {
        // Codes are spelled exactly as in docs/language.md (upper case), like everywhere else in the file.
        DiagnosticDescriptor? descriptor = DiagnosticDescriptors.All.FirstOrDefault(d => d.Id == entry.Name);
        if (descriptor is null)
        {
            problems.Report(entry.NameSpan, UnknownCodeMessage(entry.Name));
            return null;
        }

        JsonTreeNode value = entry.Value;
        if (value.Kind != JsonValueKind.String)
        {
            problems.Report(value.Span, $"the severity of {entry.Name} must be a string, one of {AllowedSeverities}, not {value.Describe()}");
            return null;
        }
        if (!SeverityOptionText.TryParse(value.Text!, out SeverityOption severity))
        {
            string? suggestion = SpellingSuggestion.Closest(value.Text!, SeverityOptionText.All);
            string hint = suggestion is null ? "; use" : $"; did you mean '{suggestion}'? Use";
            problems.Report(value.Span, $"'{value.Text}' is not a severity{hint} one of {AllowedSeverities} ('none' switches the code off)");
            return null;
        }
        if (descriptor == DiagnosticDescriptors.InvalidConfiguration && severity != SeverityOption.Error)
        {
            // The file that is broken cannot be trusted to decide how loudly it is broken; and a
            // run with a broken configuration has nothing sound to check.
            problems.Report(value.Span,
                $"{entry.Name} cannot be lowered or switched off: a broken {ClaimLangConfiguration.FileName} always stops the run " +
                "with exit code 2; remove this entry");
            return null;
        }
        return severity;
    }

    private static string UnknownCodeMessage(string code)
    {
        string? suggestion = SpellingSuggestion.Closest(code, CandidatesNearest(code));
        string hint = suggestion is null ? " (codes look like CL1004)." : $"; did you mean '{suggestion}'?";
        return $"'{code}' is not a ClaimLang diagnostic code{hint} Run 'claimc explain --list' to see every code";
    }

    // Among codes one slip away, CL4004 most likely meant its neighbour CL4003, not CL1004.
    private static IEnumerable<string> CandidatesNearest(string code)
    {
        int number = code.Length > 2 && int.TryParse(code.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : 0;
        return DiagnosticDescriptors.All
            .Select(d => d.Id)
            .OrderBy(id => Math.Abs(int.Parse(id.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture) - number))
            .ThenBy(id => id, StringComparer.Ordinal);
    }
}
