using System.Numerics;

namespace ClaimLang.Bench.Corpus.Randomness;

/// <summary>
/// xoshiro256** seeded through <see cref="StableHash"/>: a stream fixed by its seed on every
/// machine and runtime. System.Random's seeded sequence is not promised to stay the same from one
/// .NET version to the next, and a corpus must: figures are compared across commits.
/// Only integer arithmetic and exact double operations (no Math.Pow, Math.Log) are used, for the
/// same reason.
/// </summary>
public sealed class SeededRandom
{
    private ulong _s0, _s1, _s2, _s3;

    public SeededRandom(long seed)
    {
        ulong state = (ulong)seed;
        _s0 = StableHash.Mix(state);
        _s1 = StableHash.Mix(_s0);
        _s2 = StableHash.Mix(_s1);
        _s3 = StableHash.Mix(_s2);
    }

    public ulong NextUInt64()
    {
        ulong result = BitOperations.RotateLeft(_s1 * 5, 7) * 9;
        ulong shifted = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= shifted;
        _s3 = BitOperations.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>A value in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>An integer in [0, <paramref name="count"/>).</summary>
    public int Below(int count) => (int)(((NextUInt64() >> 32) * (ulong)count) >> 32);

    /// <summary>An integer in [<paramref name="low"/>, <paramref name="high"/>], both included.</summary>
    public int Between(int low, int high) => low + Below(high - low + 1);

    public double Between(double low, double high) => low + NextDouble() * (high - low);

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Below(items.Count)];

    /// <summary>
    /// A value spread over the decades from <paramref name="low"/> to <paramref name="high"/>
    /// (about as many in each decade, as amounts in articles are): a decade, then a place in it.
    /// </summary>
    public double Spread(double low, double high)
    {
        int decades = 0;
        for (double step = low * 10; step <= high; step *= 10) decades++;
        double start = low;
        for (int i = Below(decades + 1); i > 0; i--) start *= 10;
        return Math.Min(high, start * Between(1.0, 10.0));
    }
}
