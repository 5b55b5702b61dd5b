using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ClaimLang.Consistency;

/// <summary>
/// Claims of one group (indices) as a bitset: the subset searches copy and compare many sets,
/// and members always come out in ascending order, the order constraints are built in.
/// </summary>
internal sealed class ClaimSet
{
    private readonly ulong[] _words;

    private ClaimSet(ulong[] words, int count)
    {
        _words = words;
        Count = count;
    }

    public int Count { get; private set; }

    public static ClaimSet All(int claimCount)
    {
        var words = new ulong[(claimCount + 63) / 64];
        for (int i = 0; i < claimCount; i++) words[i >> 6] |= 1UL << (i & 63);
        return new ClaimSet(words, claimCount);
    }

    public ClaimSet Copy() => new((ulong[])_words.Clone(), Count);

    public bool Contains(int claim) => (_words[claim >> 6] & (1UL << (claim & 63))) != 0;

    public void Remove(int claim)
    {
        if (!Contains(claim)) return;
        _words[claim >> 6] &= ~(1UL << (claim & 63));
        Count--;
    }

    /// <summary>Writes the members in ascending order to <paramref name="buffer"/>; returns how many.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int CopyTo(int[] buffer)
    {
        int n = 0;
        for (int w = 0; w < _words.Length; w++)
        {
            ulong bits = _words[w];
            while (bits != 0)
            {
                buffer[n++] = (w << 6) + BitOperations.TrailingZeroCount(bits);
                bits &= bits - 1;
            }
        }
        return n;
    }

    /// <summary>A string equal for equal sets only, for remembering which sets a search has seen.</summary>
    public string Key() => new(MemoryMarshal.Cast<ulong, char>(_words));
}
