namespace ClaimLang.Bench.Corpus.Randomness;

/// <summary>
/// SplitMix64's mixing function: integer arithmetic only, so the same keys give the same value
/// everywhere. Seeds <see cref="SeededRandom"/>, and gives values that must not depend on the
/// order claims are drawn in (a flow's true amount in a given year).
/// </summary>
public static class StableHash
{
    public static ulong Mix(ulong value)
    {
        value += 0x9E3779B97F4A7C15UL;
        value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9UL;
        value = (value ^ (value >> 27)) * 0x94D049BB133111EBUL;
        return value ^ (value >> 31);
    }

    /// <summary>A value in [0, 1) fixed by the three keys.</summary>
    public static double Unit(long seed, int first, int second) =>
        (Mix(Mix(Mix((ulong)seed) ^ (uint)first) ^ (uint)second) >> 11) * (1.0 / (1UL << 53));
}
