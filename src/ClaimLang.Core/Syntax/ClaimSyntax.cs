using System.Collections.Immutable;

namespace ClaimLang.Syntax;

/// <summary>
/// <c>[LABEL ':'] source SOURCE [quoting SPEAKER]* says SUBJECT [METRIC] AMOUNT UNIT ['/' TIMEUNIT] PERIOD QUALIFIER*</c>
/// </summary>
internal sealed class ClaimSyntax : MemberSyntax
{
    // The claim's own tokens are found by counting from its neighbours in the token table: the
    // outlet follows 'source', 'says' follows the outlet or the last speaker. The subject, amount,
    // unit and period are found by counting on from 'says' with the shape, and made into nodes
    // only when asked for (then kept, so that a node is always the same object): a check reads
    // every claim through the token accessors below and never needs them, and they were two
    // thirds of a claim's memory.
    private readonly int _sourceKeyword;
    private readonly ClaimShape _shape;
    private Parts? _parts;

    internal ClaimSyntax(ClaimLabelSyntax? label, int sourceKeyword, ImmutableArray<QuotingClauseSyntax> speakers,
        ClaimShape shape, ImmutableArray<QualifierSyntax> qualifiers)
    {
        Label = label;
        _sourceKeyword = sourceKeyword;
        Speakers = speakers;
        _shape = shape;
        Qualifiers = qualifiers;
        Adopt(Label);
        Adopt(Speakers);
        Adopt(Qualifiers);
    }

    public override SyntaxKind Kind => SyntaxKind.Claim;

    /// <summary>The claim's parts as written (which optional parts it has), for copying it into another tree.</summary>
    internal ClaimShape Shape => _shape;

    /// <summary>The index of its <c>source</c> keyword.</summary>
    internal int SourceKeywordIndex => _sourceKeyword;

    internal override int FirstTokenIndex => Label?.FirstTokenIndex ?? _sourceKeyword;

    internal override int LastTokenIndex => Qualifiers.IsEmpty ? PeriodLastIndex : Qualifiers[^1].LastTokenIndex;

    public ClaimLabelSyntax? Label { get; }

    public SyntaxToken SourceKeyword => Token(_sourceKeyword);

    /// <summary>The outlet's name.</summary>
    public SyntaxToken Source => Token(_sourceKeyword + 1);

    /// <summary>The <c>quoting X</c> clauses, outermost first.</summary>
    public ImmutableArray<QuotingClauseSyntax> Speakers { get; }

    public SyntaxToken SaysKeyword => Token(SaysIndex);

    public SubjectSyntax Subject => GetParts().Subject;

    public SyntaxToken? Metric => Has(ClaimShape.Metric) ? Token(SubjectLastIndex + 1) : null;

    public AmountSyntax Amount => GetParts().Amount;

    public UnitSyntax Unit => GetParts().Unit;

    /// <summary>The <c>/yr</c> part of the unit, when the amount is a rate.</summary>
    public RateSyntax? Rate => Unit.Rate;

    public PeriodSyntax Period => GetParts().Period;

    public ImmutableArray<QualifierSyntax> Qualifiers { get; }

    // Token accessors for the binder, which reads every claim: no nodes are made.

    internal bool IsFlow => Has(ClaimShape.Flow);

    internal bool IsRate => Has(ClaimShape.Rate);

    internal SyntaxToken SubjectFrom => Token(SaysIndex + 1);

    internal SyntaxToken? SubjectTo => IsFlow ? Token(SaysIndex + 3) : null;

    internal SyntaxToken UnitName => Token(UnitIndex);

    internal SyntaxToken? RateTimeUnit => IsRate ? Token(UnitIndex + 2) : null;

    internal SyntaxToken PeriodStart => Token(PeriodIndex);

    internal SyntaxToken? PeriodEnd => Has(ClaimShape.PeriodRange) ? Token(PeriodIndex + 2) : null;

    internal ClaimAmountTokens AmountTokens
    {
        get
        {
            int first = AmountIndex;
            ClaimShape form = _shape & ClaimShape.AmountFormMask;
            SyntaxToken? prefix = null;
            if (form is ClaimShape.BoundAmount or ClaimShape.ApproximateAmount) prefix = Token(first++);
            int firstLast = first + (Has(ClaimShape.FirstScale) ? 1 : 0);
            SyntaxToken? firstScale = Has(ClaimShape.FirstScale) ? Token(first + 1) : null;
            if (form != ClaimShape.RangeAmount) return new ClaimAmountTokens(FormKind(form), prefix, Token(first), firstScale, null, null);
            int second = firstLast + 2;
            SyntaxToken? secondScale = Has(ClaimShape.SecondScale) ? Token(second + 1) : null;
            return new ClaimAmountTokens(SyntaxKind.RangeAmount, null, Token(first), firstScale, Token(second), secondScale);
        }
    }

    public override IEnumerable<SyntaxNodeOrToken> ChildNodesAndTokens()
    {
        if (Label is not null) yield return Label;
        yield return SourceKeyword;
        yield return Source;
        foreach (var speaker in Speakers) yield return speaker;
        yield return SaysKeyword;
        yield return Subject;
        if (Metric is { } metric) yield return metric;
        yield return Amount;
        yield return Unit;
        yield return Period;
        foreach (var qualifier in Qualifiers) yield return qualifier;
    }

    private bool Has(ClaimShape part) => (_shape & part) != 0;

    private static SyntaxKind FormKind(ClaimShape form) => form switch
    {
        ClaimShape.RangeAmount => SyntaxKind.RangeAmount,
        ClaimShape.BoundAmount => SyntaxKind.BoundAmount,
        ClaimShape.ApproximateAmount => SyntaxKind.ApproximateAmount,
        _ => SyntaxKind.ValueAmount,
    };

    // Where each part starts, counted on from 'says'.
    private int SaysIndex => (Speakers.IsEmpty ? _sourceKeyword + 1 : Speakers[^1].LastTokenIndex) + 1;

    private int SubjectLastIndex => SaysIndex + (IsFlow ? 3 : 1);

    private int AmountIndex => SubjectLastIndex + (Has(ClaimShape.Metric) ? 2 : 1);

    private int UnitIndex
    {
        get
        {
            int scales = (Has(ClaimShape.FirstScale) ? 1 : 0) + (Has(ClaimShape.SecondScale) ? 1 : 0);
            int tokens = (_shape & ClaimShape.AmountFormMask) switch
            {
                ClaimShape.RangeAmount => 3, // low '..' high
                ClaimShape.BoundAmount or ClaimShape.ApproximateAmount => 2, // operator or '~', number
                _ => 1,
            };
            return AmountIndex + tokens + scales;
        }
    }

    private int PeriodIndex => UnitIndex + (IsRate ? 3 : 1);

    private int PeriodLastIndex => PeriodIndex + (Has(ClaimShape.PeriodRange) ? 2 : 0);

    private Parts GetParts()
    {
        if (_parts is { } parts) return parts;
        // Made at most once per claim, even when several threads ask at once: the first to
        // finish is kept, so every reader sees the same nodes.
        var made = new Parts(MakeSubject(), MakeAmount(), MakeUnit(), MakePeriod());
        Adopt(made.Subject);
        Adopt(made.Amount);
        Adopt(made.Unit);
        Adopt(made.Period);
        return Interlocked.CompareExchange(ref _parts, made, null) ?? made;
    }

    private SubjectSyntax MakeSubject() =>
        new(SubjectFrom, IsFlow ? Token(SaysIndex + 2) : null, SubjectTo);

    private AmountSyntax MakeAmount()
    {
        ClaimAmountTokens tokens = AmountTokens;
        var first = new NumberSyntax(tokens.First, tokens.FirstScale);
        return tokens.Form switch
        {
            SyntaxKind.RangeAmount => new RangeAmountSyntax(first, Token(first.LastTokenIndex + 1), new NumberSyntax(tokens.Second!.Value, tokens.SecondScale)),
            SyntaxKind.BoundAmount => new BoundAmountSyntax(tokens.Prefix!.Value, first),
            SyntaxKind.ApproximateAmount => new ApproximateAmountSyntax(tokens.Prefix!.Value, first),
            _ => new ValueAmountSyntax(first),
        };
    }

    private UnitSyntax MakeUnit() =>
        new(UnitName, IsRate ? new RateSyntax(Token(UnitIndex + 1), RateTimeUnit!.Value) : null);

    private PeriodSyntax MakePeriod() =>
        new(PeriodStart, Has(ClaimShape.PeriodRange) ? Token(PeriodIndex + 1) : null, PeriodEnd);

    private sealed record Parts(SubjectSyntax Subject, AmountSyntax Amount, UnitSyntax Unit, PeriodSyntax Period);
}
