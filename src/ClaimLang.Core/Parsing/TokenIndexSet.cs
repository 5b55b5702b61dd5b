namespace ClaimLang.Parsing;

/// <summary>
/// A set of token indices of one file, one bit each: the recovering parse marks the first token
/// of every member in which it met an error. A file with a broken member on every line has a
/// million of them, which a hash set of integers held in some 40 MB; a bit per token of the
/// file is a few hundred kilobytes, whatever the number of errors.
/// </summary>
internal sealed class TokenIndexSet(int tokenCount)
{
    private readonly ulong[] _bits = new ulong[(tokenCount + 63) / 64];

    /// <summary>Whether no index was added.</summary>
    public bool IsEmpty { get; private set; } = true;

    public void Add(int index)
    {
        _bits[index >> 6] |= 1UL << (index & 63);
        IsEmpty = false;
    }

    public bool Contains(int index) => (uint)(index >> 6) < (uint)_bits.Length && (_bits[index >> 6] & (1UL << (index & 63))) != 0;
}
