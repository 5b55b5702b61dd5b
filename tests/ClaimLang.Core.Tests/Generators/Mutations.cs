using CsCheck;

namespace ClaimLang.Core.Tests.Generators;

/// <summary>Broken variants of valid files: random insertions, deletions, replacements and duplications.</summary>
internal static class Mutations
{
    private static readonly Gen<int> Fraction = Gen.Int[0, 10_000];

    public static readonly Gen<Mutation> Mutation = Gen.Select(Gen.Enum<MutationKind>(), Fraction, Fraction, Fraction, LanguageAlphabet.Fragment,
        (kind, position, length, target, fragment) => new Mutation(kind, position, length, target, fragment));

    /// <summary>One to five mutations of a text drawn from <paramref name="texts"/>.</summary>
    public static Gen<MutatedText> Of(Gen<string> texts) =>
        Gen.Select(texts, Mutation.Array[1, 5], (original, mutations) => new MutatedText(original, mutations));
}
