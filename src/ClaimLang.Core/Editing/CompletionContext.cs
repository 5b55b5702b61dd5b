using ClaimLang.Binding;
using ClaimLang.Syntax;

namespace ClaimLang.Editing;

/// <summary>
/// What the tokens of the current member, up to the caret, say about what may come next: the
/// state in the member's grammar, and what else a list of items depends on (the declaration
/// kind and attribute of a block, the qualifiers already given, the claim's metric). Made by
/// stepping through the tokens one at a time, so that a member cut short while typing (the
/// usual case: the caret is at the end of an incomplete line) reads as far as it goes.
/// </summary>
internal sealed class CompletionContext
{
    private readonly HashSet<string> _givenAttributes = new(StringComparer.Ordinal);
    private readonly HashSet<SyntaxKind> _usedQualifiers = [];

    public CompletionState State { get; private set; } = CompletionState.MemberStart;

    /// <summary>The kind of the declaration being written, once its keyword is read.</summary>
    public SymbolKind? DeclarationKind { get; private set; }

    /// <summary>Inside a block, after an attribute's name: that name.</summary>
    public string? AttributeName { get; private set; }

    /// <summary>The claim's metric name, once written.</summary>
    public string? Metric { get; private set; }

    /// <summary>Whether the claim's subject is a flow (<c>A -&gt; B</c>).</summary>
    public bool IsFlow { get; private set; }

    /// <summary>Whether the caret's word starts its line: then a new member may begin there.</summary>
    public bool IsAtLineStart { get; init; }

    public bool HasAttribute(string name) => _givenAttributes.Contains(name);

    /// <summary>Whether a qualifier (by its first keyword) was given already: each may be given once.</summary>
    public bool HasQualifier(SyntaxKind keyword) => _usedQualifiers.Contains(keyword);

    /// <summary>Reads the next token of the member; <paramref name="text"/> is its text.</summary>
    public void Step(SyntaxKind kind, string text) => State = Next(kind, text);

    private CompletionState Next(SyntaxKind kind, string text) => State switch
    {
        CompletionState.MemberStart => kind switch
        {
            SyntaxKind.SourceKeyword => CompletionState.AfterSourceKeyword,
            SyntaxKind.IdentifierToken => CompletionState.Label,
            _ when kind is SyntaxKind.PersonKeyword or SyntaxKind.EntityKeyword or SyntaxKind.MetricKeyword or SyntaxKind.UnitKeyword
                => StartDeclaration(kind),
            _ => CompletionState.Unknown,
        },
        CompletionState.Label => On(kind, SyntaxKind.ColonToken, CompletionState.LabelColon),
        CompletionState.LabelColon => On(kind, SyntaxKind.SourceKeyword, CompletionState.AfterClaimSourceKeyword),
        CompletionState.AfterSourceKeyword => On(kind, SyntaxKind.IdentifierToken, CompletionState.AfterSourceName),
        CompletionState.AfterClaimSourceKeyword => On(kind, SyntaxKind.IdentifierToken, CompletionState.AfterClaimSource),
        CompletionState.AfterSourceName => kind switch
        {
            SyntaxKind.StringToken => SourceDeclaration(CompletionState.AfterDisplayName),
            SyntaxKind.OpenBraceToken => SourceDeclaration(CompletionState.AttributeName),
            _ => AfterClaimSource(kind),
        },
        CompletionState.AfterClaimSource or CompletionState.AfterSpeaker => AfterClaimSource(kind),
        CompletionState.AfterQuoting => On(kind, SyntaxKind.IdentifierToken, CompletionState.AfterSpeaker),
        CompletionState.AfterSays => On(kind, SyntaxKind.IdentifierToken, CompletionState.AfterFrom),
        CompletionState.AfterFrom when kind == SyntaxKind.ArrowToken => Flow(),
        CompletionState.AfterFrom or CompletionState.AfterTo when kind == SyntaxKind.IdentifierToken => NameMetric(text),
        CompletionState.AfterFrom or CompletionState.AfterTo or CompletionState.AfterMetric => AmountStart(kind),
        CompletionState.AfterArrow => On(kind, SyntaxKind.IdentifierToken, CompletionState.AfterTo),
        CompletionState.AfterAmountOperator or CompletionState.AfterAmountDots => On(kind, SyntaxKind.NumberToken, CompletionState.AfterLastNumber),
        CompletionState.AfterFirstNumber when kind == SyntaxKind.DotDotToken => CompletionState.AfterAmountDots,
        CompletionState.AfterFirstNumber when SyntaxFacts.IsScaleWord(kind) => CompletionState.AfterFirstScale,
        CompletionState.AfterFirstScale when kind == SyntaxKind.DotDotToken => CompletionState.AfterAmountDots,
        CompletionState.AfterLastNumber when SyntaxFacts.IsScaleWord(kind) => CompletionState.AfterLastScale,
        CompletionState.AfterFirstNumber or CompletionState.AfterFirstScale or CompletionState.AfterLastNumber or CompletionState.AfterLastScale
            => kind is SyntaxKind.IdentifierToken or SyntaxKind.PercentToken ? CompletionState.AfterUnit : CompletionState.Unknown,
        CompletionState.AfterUnit when kind == SyntaxKind.SlashToken => CompletionState.AfterSlash,
        CompletionState.AfterUnit or CompletionState.AfterTimeUnit => IsDate(kind) ? CompletionState.AfterPeriodStart : CompletionState.Unknown,
        CompletionState.AfterSlash => On(kind, SyntaxKind.IdentifierToken, CompletionState.AfterTimeUnit),
        CompletionState.AfterPeriodStart when kind == SyntaxKind.DotDotToken => CompletionState.AfterPeriodDots,
        CompletionState.AfterPeriodDots => IsDate(kind) ? CompletionState.ClaimComplete : CompletionState.Unknown,
        CompletionState.AfterPeriodStart or CompletionState.ClaimComplete => Qualifier(kind),
        CompletionState.AfterAs => On(kind, SyntaxKind.OfKeyword, CompletionState.AfterAsOf),
        CompletionState.AfterAsOf => IsDate(kind) ? CompletionState.ClaimComplete : CompletionState.Unknown,
        CompletionState.AfterNote or CompletionState.AfterCite => On(kind, SyntaxKind.StringToken, CompletionState.ClaimComplete),
        CompletionState.AfterStatus => On(kind, SyntaxKind.IdentifierToken, CompletionState.ClaimComplete),
        CompletionState.AfterDeclarationKeyword => On(kind, SyntaxKind.IdentifierToken, CompletionState.AfterDeclarationName),
        CompletionState.AfterDeclarationName when kind == SyntaxKind.StringToken => CompletionState.AfterDisplayName,
        CompletionState.AfterDeclarationName or CompletionState.AfterDisplayName => On(kind, SyntaxKind.OpenBraceToken, CompletionState.AttributeName),
        CompletionState.AttributeName or CompletionState.AfterAttributeNumber when kind == SyntaxKind.CloseBraceToken => CompletionState.AfterAttributeBlock,
        CompletionState.AfterAttributeNumber when SyntaxFacts.IsScaleWord(kind) => CompletionState.AttributeName,
        CompletionState.AttributeName or CompletionState.AfterAttributeNumber => NameAttribute(kind, text),
        CompletionState.AfterAttributeName => kind switch
        {
            SyntaxKind.NumberToken => CompletionState.AfterAttributeNumber,
            SyntaxKind.StringToken or SyntaxKind.DateToken => CompletionState.AttributeName,
            _ => SyntaxFacts.IsWordValue(kind) ? CompletionState.AttributeName : CompletionState.Unknown,
        },
        _ => CompletionState.Unknown,
    };

    private static CompletionState On(SyntaxKind kind, SyntaxKind expected, CompletionState next) =>
        kind == expected ? next : CompletionState.Unknown;

    // A year is lexed as a number; the parser reads it as a date where a date goes.
    private static bool IsDate(SyntaxKind kind) => kind is SyntaxKind.DateToken or SyntaxKind.NumberToken;

    private CompletionState StartDeclaration(SyntaxKind keyword)
    {
        DeclarationKind = keyword switch
        {
            SyntaxKind.PersonKeyword => SymbolKind.Person,
            SyntaxKind.EntityKeyword => SymbolKind.Entity,
            SyntaxKind.MetricKeyword => SymbolKind.Metric,
            _ => SymbolKind.Unit,
        };
        return CompletionState.AfterDeclarationKeyword;
    }

    private CompletionState SourceDeclaration(CompletionState next)
    {
        DeclarationKind = SymbolKind.Source;
        return next;
    }

    private static CompletionState AfterClaimSource(SyntaxKind kind) => kind switch
    {
        SyntaxKind.QuotingKeyword => CompletionState.AfterQuoting,
        SyntaxKind.SaysKeyword => CompletionState.AfterSays,
        _ => CompletionState.Unknown,
    };

    private CompletionState Flow()
    {
        IsFlow = true;
        return CompletionState.AfterArrow;
    }

    private CompletionState NameMetric(string name)
    {
        Metric = name;
        return CompletionState.AfterMetric;
    }

    private static CompletionState AmountStart(SyntaxKind kind) => kind switch
    {
        SyntaxKind.NumberToken => CompletionState.AfterFirstNumber,
        SyntaxKind.GreaterEqualsToken or SyntaxKind.GreaterToken or SyntaxKind.LessEqualsToken or SyntaxKind.LessToken or SyntaxKind.TildeToken
            => CompletionState.AfterAmountOperator,
        _ => CompletionState.Unknown,
    };

    private CompletionState Qualifier(SyntaxKind keyword)
    {
        CompletionState next = keyword switch
        {
            SyntaxKind.AsKeyword => CompletionState.AfterAs,
            SyntaxKind.NoteKeyword => CompletionState.AfterNote,
            SyntaxKind.CiteKeyword => CompletionState.AfterCite,
            SyntaxKind.StatusKeyword => CompletionState.AfterStatus,
            _ => CompletionState.Unknown,
        };
        if (next != CompletionState.Unknown) _usedQualifiers.Add(keyword);
        return next;
    }

    // Inside braces an attribute's name may be any name or keyword (`unit USD`).
    private CompletionState NameAttribute(SyntaxKind kind, string name)
    {
        if (kind != SyntaxKind.IdentifierToken && !SyntaxFacts.IsKeyword(kind)) return CompletionState.Unknown;
        AttributeName = name;
        _givenAttributes.Add(name);
        return CompletionState.AfterAttributeName;
    }
}
