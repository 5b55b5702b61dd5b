using Antlr4.Runtime;
using Antlr4.Runtime.Misc;
using ClaimLang.Parsing.Generated;

namespace ClaimLang.Parsing;

/// <summary>
/// ANTLR's recovery, bounded by members, with our own reporting. Single-token insertion and
/// deletion mend small slips inside a claim; but nothing that starts a declaration or a claim
/// is ever deleted, and resynchronisation skips to the next declaration or claim rather than to
/// the next token that could follow. Errors are handed to the parse to word as they are met,
/// never printed, and only the first error of each member is: one mistake gives one diagnostic,
/// and one bad line hides nothing after it.
/// </summary>
/// <param name="tokenCount">The tokens of the file, end of file included.</param>
/// <param name="report">Takes each error at once: a file with a broken member on every line has a
/// million, and a list of them held until the end of the parse was a sixth of its memory.</param>
internal sealed class SyntaxErrorStrategy(int tokenCount, Action<SyntaxError> report) : DefaultErrorStrategy
{
    private int _lastReportedMember = int.MinValue;

    /// <summary>The first token index of every member in which the parser met an error, reported or not.</summary>
    public TokenIndexSet MembersWithErrors { get; } = new(tokenCount);

    // Nor, in an attribute block, is the token before one: the member's first keyword would
    // then be read into the block, as the value of an attribute left without one (`{ kind }`).
    protected override IToken? SingleTokenDeletion(Parser recognizer) =>
        StartsMember(recognizer, 1) || StartsMember(recognizer, 2) && InAttributeBlock(recognizer) ? null : base.SingleTokenDeletion(recognizer);

    // Skips to the next declaration or claim; inside an attribute block, to its '}' at the latest.
    protected override void ConsumeUntil(Parser recognizer, IntervalSet set)
    {
        bool inBlock = InAttributeBlock(recognizer);
        while (recognizer.InputStream.LA(1) != TokenConstants.EOF && !StartsMember(recognizer, 1)
               && !(inBlock && recognizer.InputStream.LA(1) == ClaimLangParser.CLOSE_BRACE))
        {
            recognizer.Consume();
        }
    }

    private static bool InAttributeBlock(Parser recognizer)
    {
        for (RuleContext? context = recognizer.Context; context is not null; context = context.Parent)
            if (context.RuleIndex == ClaimLangParser.RULE_attributeBlock) return true;
        return false;
    }

    // A declaration keyword, `source`, or a claim label, as the token `ahead` tokens on.
    private static bool StartsMember(Parser recognizer, int ahead) => recognizer.InputStream.LA(ahead) is
        ClaimLangParser.SOURCE or ClaimLangParser.PERSON or ClaimLangParser.ENTITY or ClaimLangParser.METRIC
        or ClaimLangParser.UNIT or ClaimLangParser.LABEL;

    public override void ReportError(Parser recognizer, RecognitionException e)
    {
        if (InErrorRecoveryMode(recognizer)) return;
        BeginErrorCondition(recognizer);
        Record(recognizer, e.OffendingToken ?? recognizer.CurrentToken, ExpectedAt(recognizer, e));
    }

    protected override void ReportUnwantedToken(Parser recognizer)
    {
        if (InErrorRecoveryMode(recognizer)) return;
        BeginErrorCondition(recognizer);
        Record(recognizer, recognizer.CurrentToken, recognizer.GetExpectedTokens());
    }

    protected override void ReportMissingToken(Parser recognizer)
    {
        if (InErrorRecoveryMode(recognizer)) return;
        BeginErrorCondition(recognizer);
        Record(recognizer, recognizer.CurrentToken, recognizer.GetExpectedTokens());
    }

    private static IntervalSet ExpectedAt(Parser recognizer, RecognitionException e)
    {
        try
        {
            return e.GetExpectedTokens() ?? recognizer.GetExpectedTokens();
        }
        catch (ArgumentException)
        {
            return recognizer.GetExpectedTokens();
        }
    }

    private void Record(Parser recognizer, IToken offending, IntervalSet expected)
    {
        int member = CurrentMemberStart(recognizer);
        if (member >= 0)
        {
            MembersWithErrors.Add(member);
            if (member == _lastReportedMember) return; // a later error of a member already reported
            _lastReportedMember = member;
        }
        report(new SyntaxError(offending, expected, recognizer.Context?.RuleIndex ?? -1));
    }

    private static int CurrentMemberStart(Parser recognizer)
    {
        for (RuleContext? context = recognizer.Context; context is not null; context = context.Parent)
        {
            if (context.RuleIndex == ClaimLangParser.RULE_member && context is ParserRuleContext member)
                return member.Start?.TokenIndex ?? -1;
        }
        return -1;
    }
}
