using System.Text.RegularExpressions;
using ClaimLang.Configuration;
using ClaimLang.Core.Tests.TestSupport;

namespace ClaimLang.Core.Tests.Configuration;

/// <summary>
/// Every configuration the repository shows people: claimlang.json files under examples/, the
/// JSON blocks of docs/configuration.md and of docs/language.md. Blocks
/// fenced as <c>json</c> or <c>jsonc</c> are complete configurations; broken ones in the docs
/// are fenced as <c>text</c>.
/// </summary>
internal static partial class ExampleConfigurations
{
    public static string DocumentationFile => Path.Combine(RepositoryLayout.Root, "docs", "configuration.md");

    /// <summary>Name (where it comes from) and text of each example.</summary>
    public static IReadOnlyList<(string Name, string Text)> All()
    {
        var examples = new List<(string, string)>();
        foreach (string file in Directory.EnumerateFiles(RepositoryLayout.ExamplesFolder, ClaimLangConfiguration.FileName, SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            examples.Add((Path.GetRelativePath(RepositoryLayout.Root, file).Replace('\\', '/'), File.ReadAllText(file)));
        }
        examples.AddRange(JsonBlocks("docs/configuration.md", File.ReadAllText(DocumentationFile)));
        examples.AddRange(JsonBlocks("docs/language.md", LanguageReference.Read()));
        return examples;
    }

    private static IEnumerable<(string Name, string Text)> JsonBlocks(string file, string markdown) =>
        JsonFence().Matches(markdown.Replace("\r\n", "\n", StringComparison.Ordinal))
            .Select((match, index) => ($"{file} block {index + 1}", match.Groups["body"].Value));

    [GeneratedRegex(@"^```jsonc?\n(?<body>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex JsonFence();
}
