using ClaimLang.Syntax;

namespace ClaimLang.Formatting;

/// <summary>
/// The space between two tokens on one line: none where the language writes them together
/// (<c>14..15</c>, <c>USD/yr</c>, <c>~80</c>, <c>label:</c>, <c>{}</c>), two between attributes
/// that share a line, one everywhere else. Each of these punctuation tokens has one use only, so
/// their kinds alone decide.
/// </summary>
internal static class TokenSpacing
{
    public const string None = "";

    public const string One = " ";

    /// <summary>
    /// Between two attributes on one line, as docs/language.md writes them: an attribute is a name and a
    /// value, and any name may be any identifier, so in <c>{ kind country  code IRN }</c> only the
    /// wider gap shows which words go together.
    /// </summary>
    public const string BetweenAttributes = "  ";

    public static string Between(SyntaxKind left, SyntaxKind right, LayoutRole rightRole) => (left, right) switch
    {
        (SyntaxKind.DotDotToken, _) or (_, SyntaxKind.DotDotToken) => None,   // ranges and periods
        (SyntaxKind.SlashToken, _) or (_, SyntaxKind.SlashToken) => None,     // the rate in USD/yr
        (SyntaxKind.TildeToken, _) => None,                                    // ~80
        (_, SyntaxKind.ColonToken) => None,                                    // a claim's label
        (SyntaxKind.OpenBraceToken, SyntaxKind.CloseBraceToken) => None,       // an empty attribute block
        (not SyntaxKind.OpenBraceToken, _) when rightRole == LayoutRole.AttributeStart => BetweenAttributes,
        _ => One,
    };
}
