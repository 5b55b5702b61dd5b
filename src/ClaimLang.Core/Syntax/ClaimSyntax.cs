using System.Collections.Immutable;
using System.Diagnostics;

namespace ClaimLang.Syntax;

/// <summary>
/// <c>[LABEL ':'] source SOURCE [quoting SPEAKER]* says SUBJECT [METRIC] AMOUNT UNIT ['/' TIMEUNIT] PERIOD QUALIFIER*</c>
/// </summary>
public sealed class ClaimSyntax : MemberSyntax
{
    // The claim's own tokens are found by counting from its neighbours in the token table: the
    // outlet follows 'source', 'says' follows the outlet or the last speaker, and a metric follows
    // the subject. Two fields instead of four ints, in every claim of a project.
    private readonly int _sourceKeyword;
    private readonly bool _hasMetric;

    internal ClaimSyntax(ClaimLabelSyntax? label, SyntaxToken sourceKeyword, SyntaxToken source,
        ImmutableArray<QuotingClauseSyntax> speakers, SyntaxToken saysKeyword, SubjectSyntax subject, SyntaxToken? metric,
        AmountSyntax amount, UnitSyntax unit, PeriodSyntax period, ImmutableArray<QualifierSyntax> qualifiers)
    {
        Label = label;
        Debug.Assert(source.Index == sourceKeyword.Index + 1
            && saysKeyword.Index == (speakers.IsEmpty ? source.Index : speakers[^1].LastTokenIndex) + 1
            && subject.FirstTokenIndex == saysKeyword.Index + 1
            && (metric is null || metric.Value.Index == subject.LastTokenIndex + 1));
        _sourceKeyword = sourceKeyword.Index;
        Speakers = speakers;
        Subject = subject;
        _hasMetric = metric is not null;
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
    public SyntaxToken Source => Token(_sourceKeyword + 1);

    /// <summary>The <c>quoting X</c> clauses, outermost first.</summary>
    public ImmutableArray<QuotingClauseSyntax> Speakers { get; }

    public SyntaxToken SaysKeyword => Token(Subject.FirstTokenIndex - 1);

    public SubjectSyntax Subject { get; }

    public SyntaxToken? Metric => _hasMetric ? Token(Subject.LastTokenIndex + 1) : null;

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
