namespace ClaimLang.Parsing;

/// <summary>What a block comment's text says about it, for the checks that report it and the parser's errors that follow it.</summary>
internal static class BlockComment
{
    /// <summary>
    /// Whether the comment ends with its own <c>*/</c>: <c>/*/</c> (an unterminated comment that ran
    /// to the end of the file) ends with those two characters but shares its '*' with the opening.
    /// </summary>
    public static bool IsClosed(ReadOnlySpan<char> text) => text.Length >= 4 && text.EndsWith("*/", StringComparison.Ordinal);
}
