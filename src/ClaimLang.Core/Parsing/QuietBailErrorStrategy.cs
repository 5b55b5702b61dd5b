using Antlr4.Runtime;

namespace ClaimLang.Parsing;

/// <summary>
/// Gives up at the first mistake, without wording it: the recovering parse that follows words
/// every error itself (see ClaimParser), so the fast path's message would be thrown away.
/// </summary>
internal sealed class QuietBailErrorStrategy : BailErrorStrategy
{
    public override void ReportError(Parser recognizer, RecognitionException e)
    {
    }
}
