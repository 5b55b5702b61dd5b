using System.Runtime.CompilerServices;
using ClaimLang.Parsing.Lexing;

namespace ClaimLang.Parsing;

/// <summary>
/// The token objects of one fast-path parse, kept for the next file: a file has about a dozen
/// default-channel tokens per claim, and making a fresh object for each was over a million
/// allocations per 100,000 claims. A set serves one parse at a time, from <see cref="Rent"/>
/// until <see cref="Return"/> once the file's tree is built (the parser's contexts hold the
/// tokens until then); each thread keeps one spare set (<see cref="ThreadSpare{T}"/>). A
/// returned set holds no file.
/// </summary>
internal sealed class LightTokenSet
{
    private LightToken[] _tokens = [];
    private LexedTokens? _file;

    /// <summary>The file being parsed with this set.</summary>
    public LexedTokens File => _file ?? throw new InvalidOperationException("A token of a returned set was read.");

    /// <summary>A set showing every default-channel token of <paramref name="file"/>, in order.</summary>
    public static LightTokenSet Rent(LexedTokens file)
    {
        LightTokenSet set = ThreadSpare<LightTokenSet>.Take() ?? new LightTokenSet();
        set.Show(file);
        return set;
    }

    /// <summary>Hands the set on to the next parse on this thread; its tokens must not be read any more.</summary>
    public void Return()
    {
        _file = null;
        ThreadSpare<LightTokenSet>.Put(this);
    }

    /// <summary>The token of the <paramref name="position"/>-th default-channel token of the file.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public LightToken Get(int position) => _tokens[position];

    // The parser reads nearly every token, most of them many times, so all are pointed at
    // their entry at once rather than checked on every read.
    private void Show(LexedTokens file)
    {
        _file = file;
        int count = file.SignificantCount;
        if (_tokens.Length < count)
        {
            int made = _tokens.Length;
            Array.Resize(ref _tokens, count);
            for (int i = made; i < count; i++) _tokens[i] = new LightToken(this);
        }
        LightToken[] tokens = _tokens;
        for (int position = 0; position < count; position++)
        {
            int index = file.SignificantAt(position);
            tokens[position].Show(index, file.TypeOf(index));
        }
    }
}
