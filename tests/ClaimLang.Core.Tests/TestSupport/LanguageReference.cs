using System.Text.RegularExpressions;

namespace ClaimLang.Core.Tests.TestSupport;

/// <summary>
/// docs/language.md, the project's reference for the language and the tool. Tests hold the code
/// to it: its diagnostic table, its ClaimLang examples (fenced as <c>claim</c>, with an optional
/// <c>&lt;!-- expect: CODE ... --&gt;</c> line directly above) and its configuration blocks.
/// </summary>
internal static partial class LanguageReference
{
    /// <summary>The comment that marks the block whose declarations the other examples use.</summary>
    public const string CommonDeclarationsMarker = "<!-- common declarations -->";

    public static string FilePath => Path.Combine(RepositoryLayout.Root, "docs", "language.md");

    /// <summary>The page with LF line ends. A test that needs it fails, never skips, when it is not there.</summary>
    public static string Read()
    {
        File.Exists(FilePath).ShouldBeTrue($"The language reference was not found at {FilePath}.");
        return SourceFiles.Read(FilePath).ReplaceLineEndings("\n");
    }

    /// <summary>Every <c>```claim</c> block, in page order, with the comment line directly above it.</summary>
    public static IReadOnlyList<LanguageReferenceBlock> ClaimBlocks()
    {
        string page = Read();
        var blocks = new List<LanguageReferenceBlock>();
        foreach (Match match in ClaimFence().Matches(page))
        {
            int line = LineOf(page, match.Index) + 1; // the fence, below the line captured above it
            string above = match.Groups["above"].Value;
            Match expect = ExpectComment().Match(above);
            IReadOnlyList<string>? expected = expect.Success
                ? [.. expect.Groups["codes"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)]
                : null;
            blocks.Add(new LanguageReferenceBlock(line, match.Groups["code"].Value, expected, above == CommonDeclarationsMarker));
        }
        return blocks;
    }

    /// <summary>The lines that look like an example's directive (<c>&lt;!-- expect: ...</c>), wherever they stand.</summary>
    public static IReadOnlyList<(int Line, string Text)> DirectiveLines()
    {
        string page = Read();
        return [.. DirectiveLine().Matches(page).Select(m => (LineOf(page, m.Index), m.Value))];
    }

    /// <summary>The reference article encoded: the first ClaimLang block under the heading that names it.</summary>
    public static string ReferenceArticle()
    {
        string page = Read();
        Match heading = ArticleHeading().Match(page);
        heading.Success.ShouldBeTrue("docs/language.md should have a '## ... reference article' heading");
        Match block = ClaimFence().Match(page, heading.Index);
        block.Success.ShouldBeTrue("the reference article section of docs/language.md should show the article as a ```claim block");
        return block.Groups["code"].Value;
    }

    // The line before the fence is captured whatever it holds, so that the test can tell a
    // misspelt directive from none.
    [GeneratedRegex(@"^(?<above>[^\n]*)\n```claim\n(?<code>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex ClaimFence();

    [GeneratedRegex(@"^<!-- expect:(?<codes>[A-Z0-9 ]*)-->$")]
    private static partial Regex ExpectComment();

    [GeneratedRegex(@"^<!--\s*(expect|common)\b[^\n]*$", RegexOptions.Multiline)]
    private static partial Regex DirectiveLine();

    [GeneratedRegex(@"^## [^\n]*reference article", RegexOptions.Multiline)]
    private static partial Regex ArticleHeading();

    private static int LineOf(string text, int index) => text.AsSpan(0, index).Count('\n') + 1;
}
