namespace ClaimLang.Core.Tests.Generators;

/// <summary>A text and the mutations applied to it; <see cref="ToString"/> shows the result for failure reports.</summary>
internal sealed record MutatedText(string Original, IReadOnlyList<Mutation> Mutations)
{
    public string Text => Mutations.Aggregate(Original, (text, mutation) => mutation.ApplyTo(text));

    public override string ToString() => TestSupport.TextEscaper.Quote(Text);
}
