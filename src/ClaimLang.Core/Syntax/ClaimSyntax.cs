using System.Collections.Immutable;

namespace ClaimLang.Syntax;

/// <summary>
/// <c>[LABEL ':'] source SOURCE [quoting SPEAKER]* says SUBJECT [METRIC] AMOUNT UNIT ['/' TIMEUNIT] PERIOD QUALIFIER*</c>
/// </summary>
public sealed class ClaimSyntax : MemberSyntax
{
    private readonly int _sourceKeyword;
    private readonly int _source;
    private readonly int _saysKeyword;
    private readonly int _metric;

    internal ClaimSyntax(ClaimLabelSyntax? label, SyntaxToken sourceKeyword, SyntaxToken source,
        ImmutableArray<QuotingClauseSyntax> speakers, SyntaxToken saysKeyword, SubjectSyntax subject, SyntaxToken? metric,
        AmountSyntax amount, UnitSyntax unit, PeriodSyntax period, ImmutableArray<QualifierSyntax> qualifiers)
    {
        Label = label;
        _sourceKeyword = sourceKeyword.Index;
        _source = source.Index;
        Speakers = speakers;
        _saysKeyword = saysKeyword.Index;
        Subject = subject;
        _metric = metric?.Index ?? -1;
        Amount = amount;
        Unit = unit;
        Period = period;
        Qualifiers = qualifiers;
        Adopt(Label);
        Adopt(Speakers);
        Adopt(Subject);
        Adopt(Amount);
        Adopt(Unit);
        Adopt(Period);
        Adopt(Qualifiers);
    }

    public override SyntaxKind Kind => SyntaxKind.Claim;

    internal override int FirstTokenIndex => Label?.FirstTokenIndex ?? _sourceKeyword;

    internal override int LastTokenIndex => Qualifiers.IsEmpty ? Period.LastTokenIndex : Qualifiers[^1].LastTokenIndex;

    public ClaimLabelSyntax? Label { get; }

    public SyntaxToken SourceKeyword => Token(_sourceKeyword);

    /// <summary>The outlet's name.</summary>
    public SyntaxToken Source => Token(_source);

    /// <summary>The <c>quoting X</c> clauses, outermost first.</summary>
    public ImmutableArray<QuotingClauseSyntax> Speakers { get; }

    public SyntaxToken SaysKeyword => Token(_saysKeyword);

    public SubjectSyntax Subject { get; }

    public SyntaxToken? Metric => OptionalToken(_metric);

    public AmountSyntax Amount { get; }

    public UnitSyntax Unit { get; }

    /// <summary>The <c>/yr</c> part of the unit, when the amount is a rate.</summary>
    public RateSyntax? Rate => Unit.Rate;

    public PeriodSyntax Period { get; }

    public ImmutableArray<QualifierSyntax> Qualifiers { get; }

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
}
