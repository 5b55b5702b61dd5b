using System.Collections.Immutable;
using System.Text.Json;

namespace ClaimLang.Configuration;

/// <summary>Reads <c>include</c> and <c>exclude</c>: arrays of globs relative to the configuration's folder.</summary>
internal static class GlobListValidator
{
    /// <summary>The globs, or null when the value is not an array of usable globs (each problem is reported).</summary>
    public static ImmutableArray<string>? Read(JsonTreeProperty property, ConfigurationProblems problems)
    {
        JsonTreeNode value = property.Value;
        if (value.Kind != JsonValueKind.Array)
        {
            // "include": "**/*.claim" is the likely slip: show the fix with the user's own pattern.
            string example = value.Kind == JsonValueKind.String ? $"[\"{value.Text}\"]" : "[\"**/*.claim\"]";
            problems.Report(value.Span, $"'{property.Name}' must be an array of glob patterns such as {example}, not {value.Describe()}");
            return null;
        }

        var globs = ImmutableArray.CreateBuilder<string>(value.Items.Length);
        bool valid = true;
        foreach (JsonTreeNode item in value.Items)
        {
            string? problem = FindProblem(item, property.Name);
            if (problem is null)
            {
                globs.Add(item.Text!);
            }
            else
            {
                problems.Report(item.Span, problem);
                valid = false;
            }
        }
        return valid ? globs.ToImmutable() : null;
    }

    private static string? FindProblem(JsonTreeNode item, string key)
    {
        if (item.Kind != JsonValueKind.String)
        {
            return $"each pattern in '{key}' must be a string such as \"drafts/**\", not {item.Describe()}";
        }
        string glob = item.Text!;
        if (glob.Trim().Length == 0)
        {
            return $"an empty pattern in '{key}' matches nothing; remove it or write a glob such as \"drafts/**\"";
        }
        if (glob.Contains('\\'))
        {
            // The same file must mean the same files on every machine of a team.
            return $"patterns use '/' between folders on every system: write \"{glob.Replace('\\', '/')}\"";
        }
        if (glob.StartsWith('/') || (glob.Length >= 2 && char.IsAsciiLetter(glob[0]) && glob[1] == ':'))
        {
            // A glob is matched against paths relative to the file's folder: an absolute one would match nothing.
            string relative = (glob.StartsWith('/') ? glob : glob[2..]).TrimStart('/');
            return $"patterns are relative to the folder of {ClaimLangConfiguration.FileName}, so an absolute one matches nothing: write \"{relative}\"";
        }
        if (glob.Split('/').Contains(".."))
        {
            return $"patterns are relative to the folder of {ClaimLangConfiguration.FileName} and cannot reach above it with '..'; " +
                   $"move {ClaimLangConfiguration.FileName} up to a folder that holds every file to check";
        }
        return null;
    }
}
