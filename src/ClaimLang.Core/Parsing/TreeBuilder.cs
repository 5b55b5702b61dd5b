using System.Collections.Immutable;
using System.Diagnostics;
using System.Runtime.InteropServices;
using Antlr4.Runtime;
using ClaimLang.Diagnostics;
using ClaimLang.Parsing.Lexing;
using ClaimLang.Syntax;
using static ClaimLang.Parsing.Generated.ClaimLangParser;

namespace ClaimLang.Parsing;

/// <summary>
/// Turns ANTLR's parse tree into the typed syntax tree. Tokens are taken strictly in source
/// order (the token table depends on it); a slot the parser could not fill gets a missing token,
/// so every node is complete in shape even for broken input.
/// </summary>
internal sealed class TreeBuilder
{
    private readonly SyntaxTree _tree;
    private readonly TokenTableBuilder _tokens;
    private readonly DiagnosticBag _diagnostics;
    private readonly TokenIndexSet? _membersWithErrors;
    private bool _memberHasErrors; // no further checks in a member the parser already reported: they would only repeat it
    private readonly ImmutableArray<MemberSyntax>.Builder _members;

    /// <param name="membersWithErrors">The first tokens of the members the parser met an error in; null when it met none.</param>
    public TreeBuilder(SyntaxTree tree, LexedTokens input, DiagnosticBag diagnostics, TokenIndexSet? membersWithErrors)
    {
        _tree = tree;
        _tokens = new TokenTableBuilder(tree, input);
        _diagnostics = diagnostics;
        _membersWithErrors = membersWithErrors;
        // A streamed parse knows its member count only at the end: the list grows, and is copied once.
        _members = ImmutableArray.CreateBuilder<MemberSyntax>();
    }

    /// <summary>
    /// Builds the next member, in source order, as soon as it is parsed: then its contexts are
    /// garbage at once instead of living on (and being promoted by the collector) until the end
    /// of the file.
    /// </summary>
    public void Add(MemberContext member)
    {
        _memberHasErrors = _membersWithErrors is { IsEmpty: false } && member.Start is { } start && _membersWithErrors.Contains(start.TokenIndex);
        if (BuildMember(member) is { } node) _members.Add(node);
    }

    /// <summary>Takes the end of file and completes the token table: no member may follow.</summary>
    public CompilationUnitSyntax Finish()
    {
        SyntaxToken endOfFile = _tokens.TakeEndOfFile();
        _tokens.CompleteTree();
        return new CompilationUnitSyntax(_tree, _members.DrainToImmutable(), endOfFile); // no copy when the capacity was exact
    }

    // The grammar's alternatives are told apart by their first token, on which the parser
    // predicted the alternative: a label, or the keyword `source` or of another declaration.
    private MemberSyntax? BuildMember(MemberContext context)
    {
        if (context.label is not null) return BuildLabelledClaim(context);
        if (context.keyword is not { } keyword) return null; // the parser gave up on this member before its first token; its tokens become skipped trivia
        if (keyword.Type != SOURCE)
            return BuildDeclaration(Take(keyword, TokenKinds.DeclarationKeyword, SyntaxKind.PersonKeyword), context.name, context.declaration);
        SyntaxToken sourceKeyword = Take(keyword, TokenKinds.DeclarationKeyword, SyntaxKind.SourceKeyword);
        return context.claim is { } tail
            ? BuildClaim(null, sourceKeyword, context.name, tail)
            : BuildDeclaration(sourceKeyword, context.name, context.declaration);
    }

    private DeclarationSyntax BuildDeclaration(SyntaxToken keyword, IToken? name, DeclarationTailContext? tail)
    {
        SyntaxToken identifier = Take(name, TokenKinds.Identifier, SyntaxKind.IdentifierToken);
        SyntaxToken? displayName = _tokens.TakeOptional(tail?.displayName, TokenKinds.String);
        AttributeBlockSyntax? block = tail?.block is { } blockContext ? BuildAttributeBlock(blockContext) : null;
        return new DeclarationSyntax(keyword, identifier, displayName, block);
    }

    private AttributeBlockSyntax BuildAttributeBlock(AttributeBlockContext context)
    {
        SyntaxToken open = Take(context.open, TokenKinds.Mask(OPEN_BRACE), SyntaxKind.OpenBraceToken);
        var attributes = ImmutableArray.CreateBuilder<AttributeSyntax>(context._attributes.Count);
        foreach (AttributeContext attribute in context._attributes)
        {
            SyntaxToken name = Take(attribute.name, TokenKinds.AttributeName, SyntaxKind.IdentifierToken);
            SyntaxToken value = Take(attribute.value, TokenKinds.AttributeValue, SyntaxKind.IdentifierToken);
            SyntaxToken? scale = _tokens.TakeOptional(attribute.scale, TokenKinds.ScaleWord);
            attributes.Add(new AttributeSyntax(name, value, scale));
        }
        SyntaxToken close = Take(context.close, TokenKinds.Mask(CLOSE_BRACE), SyntaxKind.CloseBraceToken);
        return new AttributeBlockSyntax(open, attributes.DrainToImmutable(), close);
    }

    private ClaimSyntax BuildLabelledClaim(MemberContext context)
    {
        SyntaxToken identifier = Take(context.label, TokenKinds.Mask(LABEL), SyntaxKind.IdentifierToken);
        SyntaxToken colon = Take(context.colon, TokenKinds.Mask(COLON), SyntaxKind.ColonToken);
        var label = new ClaimLabelSyntax(identifier, colon);
        SyntaxToken keyword = Take(context.keyword, TokenKinds.Mask(SOURCE), SyntaxKind.SourceKeyword);
        return BuildClaim(label, keyword, context.name, context.claim);
    }

    private ClaimSyntax BuildClaim(ClaimLabelSyntax? label, SyntaxToken sourceKeyword, IToken? sourceName, ClaimTailContext? tail)
    {
        SyntaxToken source = Take(sourceName, TokenKinds.Identifier, SyntaxKind.IdentifierToken);

        var speakers = ImmutableArray<QuotingClauseSyntax>.Empty;
        if (tail is not null && tail._quoting.Count > 0)
        {
            var clauses = new QuotingClauseSyntax[tail._quoting.Count];
            for (int i = 0; i < clauses.Length; i++)
            {
                SyntaxToken quoting = Take(tail._quoting[i], TokenKinds.Mask(QUOTING), SyntaxKind.QuotingKeyword);
                SyntaxToken speaker = Take(i < tail._speakers.Count ? tail._speakers[i] : null, TokenKinds.Identifier, SyntaxKind.IdentifierToken);
                clauses[i] = new QuotingClauseSyntax(quoting, speaker);
            }
            speakers = ImmutableCollectionsMarshal.AsImmutableArray(clauses);
        }

        SyntaxToken says = Take(tail?.says, TokenKinds.Mask(SAYS), SyntaxKind.SaysKeyword);
        Debug.Assert(source.Index == sourceKeyword.Index + 1 && says.Index == (speakers.IsEmpty ? source.Index : speakers[^1].LastTokenIndex) + 1);
        // The claim keeps the shape of what follows 'says' rather than nodes for it (see
        // ClaimShape): the tokens are taken in order all the same, one per slot.
        ClaimShape shape = TakeSubject(tail);
        if (_tokens.TakeOptional(tail?.metric, TokenKinds.Identifier) is not null) shape |= ClaimShape.Metric;
        shape |= TakeAmount(tail?.quantity);
        shape |= TakeUnit(tail);
        shape |= TakePeriod(tail);

        return new ClaimSyntax(label, sourceKeyword.Index, speakers, shape, BuildQualifiers(tail));
    }

    private ClaimShape TakeSubject(ClaimTailContext? tail)
    {
        Take(tail?.from, TokenKinds.Identifier, SyntaxKind.IdentifierToken);
        if (_tokens.TakeOptional(tail?.arrow, TokenKinds.Mask(ARROW)) is null) return ClaimShape.None;
        Take(tail?.to, TokenKinds.Identifier, SyntaxKind.IdentifierToken);
        return ClaimShape.Flow;
    }

    // Alternatives by their first token, as for members; without one (no amount, or none the
    // parser could predict) the amount is a value whose number is missing.
    private ClaimShape TakeAmount(AmountContext? context)
    {
        if (context?.op is { } op)
        {
            Take(op, TokenKinds.BoundOperator, SyntaxKind.GreaterEqualsToken);
            return ClaimShape.BoundAmount | TakeNumber(context.value, context.scale, ClaimShape.FirstScale);
        }
        if (context?.tilde is { } tilde)
        {
            Take(tilde, TokenKinds.Mask(TILDE), SyntaxKind.TildeToken);
            return ClaimShape.ApproximateAmount | TakeNumber(context.value, context.scale, ClaimShape.FirstScale);
        }
        ClaimShape low = TakeNumber(context?.low, context?.lowScale, ClaimShape.FirstScale);
        if (_tokens.TakeOptional(context?.dots, TokenKinds.Mask(DOTDOT)) is null) return low;
        return ClaimShape.RangeAmount | low | TakeNumber(context!.high, context.highScale, ClaimShape.SecondScale);
    }

    // A number and its scale word, if written: then the shape has <paramref name="scaled"/>.
    private ClaimShape TakeNumber(IToken? number, IToken? scale, ClaimShape scaled)
    {
        Take(number, TokenKinds.Number, SyntaxKind.NumberToken);
        return _tokens.TakeOptional(scale, TokenKinds.ScaleWord) is null ? ClaimShape.None : scaled;
    }

    private ClaimShape TakeUnit(ClaimTailContext? tail)
    {
        Take(tail?.unit, TokenKinds.UnitName, SyntaxKind.IdentifierToken);
        if (_tokens.TakeOptional(tail?.slash, TokenKinds.Mask(SLASH)) is null) return ClaimShape.None;
        SyntaxToken timeUnit = Take(tail?.per, TokenKinds.Identifier, SyntaxKind.IdentifierToken);
        CheckWord(timeUnit, SyntaxFacts.TimeUnits, "a time unit (yr, year, mo, month or day) after '/'");
        return ClaimShape.Rate;
    }

    private ClaimShape TakePeriod(ClaimTailContext? tail)
    {
        TakeDate(tail?.start);
        if (_tokens.TakeOptional(tail?.periodDots, TokenKinds.Mask(DOTDOT)) is null) return ClaimShape.None;
        TakeDate(tail?.end);
        return ClaimShape.PeriodRange;
    }

    private ImmutableArray<QualifierSyntax> BuildQualifiers(ClaimTailContext? tail)
    {
        if (tail is null || tail._qualifiers.Count == 0) return [];
        // Straight into the array the tree keeps: a list and a copy per claim add up.
        var qualifiers = new QualifierSyntax[tail._qualifiers.Count];
        int count = 0;
        foreach (QualifierContext qualifier in tail._qualifiers)
        {
            if (BuildQualifier(qualifier) is { } node) qualifiers[count++] = node;
        }
        if (count < qualifiers.Length) Array.Resize(ref qualifiers, count);
        return ImmutableCollectionsMarshal.AsImmutableArray(qualifiers);
    }

    // Alternatives by their first token, the qualifier's keyword.
    private QualifierSyntax? BuildQualifier(QualifierContext context)
    {
        if (context.@as is { } asToken)
        {
            SyntaxToken asKeyword = Take(asToken, TokenKinds.Mask(AS), SyntaxKind.AsKeyword);
            SyntaxToken ofKeyword = Take(context.of, TokenKinds.Mask(OF), SyntaxKind.OfKeyword);
            return new AsOfQualifierSyntax(asKeyword, ofKeyword, TakeDate(context.date));
        }
        if (context.note is { } note)
        {
            SyntaxToken noteKeyword = Take(note, TokenKinds.Mask(NOTE), SyntaxKind.NoteKeyword);
            return new NoteQualifierSyntax(noteKeyword, Take(context.text, TokenKinds.String, SyntaxKind.StringToken));
        }
        if (context.cite is { } cite)
        {
            SyntaxToken citeKeyword = Take(cite, TokenKinds.Mask(CITE), SyntaxKind.CiteKeyword);
            return new CiteQualifierSyntax(citeKeyword, Take(context.text, TokenKinds.String, SyntaxKind.StringToken));
        }
        if (context.status is { } status)
        {
            SyntaxToken statusKeyword = Take(status, TokenKinds.Mask(STATUS), SyntaxKind.StatusKeyword);
            SyntaxToken value = Take(context.value, TokenKinds.Identifier, SyntaxKind.IdentifierToken);
            CheckWord(value, SyntaxFacts.StatusValues, "'retracted' or 'disputed' after 'status'");
            return new StatusQualifierSyntax(statusKeyword, value);
        }
        return null;
    }

    // A date slot takes a date token or a number; a number there must be a four-digit year.
    private SyntaxToken TakeDate(IToken? token)
    {
        SyntaxToken date = Take(token, TokenKinds.DateOrYear, SyntaxKind.DateToken);
        if (_memberHasErrors || _tokens.IsMissing(date) || token!.Type != NUMBER) return date;
        ReadOnlySpan<char> text = _tokens.TextOf(date);
        if (text.SequenceEqual("0000"))
        {
            _diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.InvalidDate, _tree.GetLocation(_tokens.SpanOf(date)), "0000",
                "years run from 0001 to 9999"));
        }
        else if (!NumberLiteral.IsYear(text) && NumberLiteral.Check(text) is null)
        {
            _diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.InvalidDate, _tree.GetLocation(_tokens.SpanOf(date)), text.ToString(),
                "write a year as four digits (2018), a month as 2018-06 or a day as 2018-06-08"));
        }
        return date;
    }

    // Words the grammar reads as plain names but only a few of which are allowed (time units, status values).
    private void CheckWord(SyntaxToken token, IReadOnlyList<string> allowed, string expected)
    {
        if (_memberHasErrors || _tokens.IsMissing(token)) return;
        ReadOnlySpan<char> text = _tokens.TextOf(token);
        foreach (string word in allowed)
            if (text.SequenceEqual(word)) return;
        _diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.SyntaxError, _tree.GetLocation(_tokens.SpanOf(token)),
            $"expected {expected}, found '{text}'"));
    }

    private SyntaxToken Take(IToken? token, ulong allowedTypes, SyntaxKind missingKind) => _tokens.Take(token, allowedTypes, missingKind);
}
