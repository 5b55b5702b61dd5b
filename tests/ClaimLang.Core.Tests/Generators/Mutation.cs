namespace ClaimLang.Core.Tests.Generators;

/// <summary>
/// One edit of a text. Positions are fractions (per ten thousand) of the text's length, so a
/// mutation applies to any text and shrinks toward the start and toward short spans.
/// </summary>
internal sealed record Mutation(MutationKind Kind, int Position, int Length, int Target, string Fragment)
{
    private const int Scale = 10_000;

    public string ApplyTo(string text)
    {
        int start = text.Length * Position / Scale;
        // Spans stay short (up to a fifth of the text), like real slips: a lost line, a pasted word.
        int length = Math.Min(text.Length - start, text.Length * Length / Scale / 5);
        switch (Kind)
        {
            case MutationKind.Insert:
                return text.Insert(start, Fragment);
            case MutationKind.Delete:
                return text.Remove(start, length);
            case MutationKind.Replace:
                return text.Remove(start, length).Insert(start, Fragment);
            default:
                string copy = text.Substring(start, length);
                return text.Insert(text.Length * Target / Scale, copy);
        }
    }
}
