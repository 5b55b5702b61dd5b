using System.Collections.Frozen;

namespace ClaimLang.Syntax;

/// <summary>
/// The fixed text of the language in one place: keywords, punctuation, scale words, time units
/// and status values (docs/language.md, "Files and tokens" and "Claims"). The grammar spells the same keywords.
/// </summary>
internal static class SyntaxFacts
{
    private static readonly FrozenDictionary<string, SyntaxKind> Keywords = new Dictionary<string, SyntaxKind>
    {
        ["source"] = SyntaxKind.SourceKeyword,
        ["person"] = SyntaxKind.PersonKeyword,
        ["entity"] = SyntaxKind.EntityKeyword,
        ["metric"] = SyntaxKind.MetricKeyword,
        ["unit"] = SyntaxKind.UnitKeyword,
        ["says"] = SyntaxKind.SaysKeyword,
        ["quoting"] = SyntaxKind.QuotingKeyword,
        ["as"] = SyntaxKind.AsKeyword,
        ["of"] = SyntaxKind.OfKeyword,
        ["note"] = SyntaxKind.NoteKeyword,
        ["cite"] = SyntaxKind.CiteKeyword,
        ["status"] = SyntaxKind.StatusKeyword,
        ["thousand"] = SyntaxKind.ThousandKeyword,
        ["million"] = SyntaxKind.MillionKeyword,
        ["billion"] = SyntaxKind.BillionKeyword,
        ["trillion"] = SyntaxKind.TrillionKeyword,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Time units accepted after '/' in a rate, with their canonical spelling.</summary>
    public static IReadOnlyList<string> TimeUnits { get; } = ["yr", "year", "mo", "month", "day"];

    /// <summary>Values accepted after <c>status</c>.</summary>
    public static IReadOnlyList<string> StatusValues { get; } = ["retracted", "disputed"];

    public static IEnumerable<string> KeywordTexts => Keywords.Keys.Order(StringComparer.Ordinal);

    public static SyntaxKind GetKeywordKind(string text) => Keywords.GetValueOrDefault(text, SyntaxKind.None);

    public static bool IsKeyword(SyntaxKind kind) => kind is >= SyntaxKind.SourceKeyword and <= SyntaxKind.TrillionKeyword;

    /// <summary>
    /// Whether an attribute value of this kind is a word (<c>kind country</c>, <c>kind person</c>:
    /// any keyword is a value too) or <c>%</c>, rather than a string, number or date.
    /// </summary>
    public static bool IsWordValue(SyntaxKind kind) => kind is SyntaxKind.IdentifierToken or SyntaxKind.PercentToken || IsKeyword(kind);

    public static bool IsScaleWord(SyntaxKind kind) => kind is >= SyntaxKind.ThousandKeyword and <= SyntaxKind.TrillionKeyword;

    public static bool IsTrivia(SyntaxKind kind) => kind is >= SyntaxKind.WhitespaceTrivia and <= SyntaxKind.SkippedTokenTrivia;

    public static bool IsTimeUnit(string text) => text is "yr" or "year" or "mo" or "month" or "day";

    /// <summary>The power of ten a scale word multiplies by.</summary>
    public static int GetScaleExponent(SyntaxKind kind) => kind switch
    {
        SyntaxKind.ThousandKeyword => 3,
        SyntaxKind.MillionKeyword => 6,
        SyntaxKind.BillionKeyword => 9,
        SyntaxKind.TrillionKeyword => 12,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The fixed text of a token kind, or null for kinds whose text varies.</summary>
    public static string? GetText(SyntaxKind kind) => kind switch
    {
        SyntaxKind.ArrowToken => "->",
        SyntaxKind.DotDotToken => "..",
        SyntaxKind.GreaterEqualsToken => ">=",
        SyntaxKind.LessEqualsToken => "<=",
        SyntaxKind.GreaterToken => ">",
        SyntaxKind.LessToken => "<",
        SyntaxKind.TildeToken => "~",
        SyntaxKind.SlashToken => "/",
        SyntaxKind.PercentToken => "%",
        SyntaxKind.ColonToken => ":",
        SyntaxKind.OpenBraceToken => "{",
        SyntaxKind.CloseBraceToken => "}",
        _ when IsKeyword(kind) => Keywords.First(pair => pair.Value == kind).Key,
        _ => null,
    };

    /// <summary>How a token kind is named in a message: <c>'says'</c>, <c>a number</c>.</summary>
    public static string GetDisplayName(SyntaxKind kind) => GetText(kind) is { } text ? $"'{text}'" : kind switch
    {
        SyntaxKind.EndOfFileToken => "end of file",
        SyntaxKind.IdentifierToken => "a name",
        SyntaxKind.NumberToken => "a number",
        SyntaxKind.DateToken => "a date",
        SyntaxKind.StringToken => "a quoted string",
        _ => kind.ToString(),
    };
}
