using System.Runtime.CompilerServices;
using ClaimLang.Parsing.Lexing;

namespace ClaimLang.Parsing;

/// <summary>
/// The token objects of one fast-path parse. The parser asks for a token object at a position
/// (its contexts keep the tokens their labels matched), but the file is parsed one member at a
/// time and each member is built before the next is parsed, so only the current member's tokens
/// must stay put: the objects form a ring, and an object is pointed at a new position once the
/// one it showed belongs to a member already built. A member longer than the ring doubles it.
/// A set serves one parse at a time, from <see cref="Rent"/> until <see cref="Return"/>; each
/// thread keeps one spare set (<see cref="ThreadSpare{T}"/>). A returned set holds no file.
/// </summary>
internal sealed class LightTokenSet
{
    // Claims run to a dozen or two tokens; a member that outgrows this (a long attribute block) doubles it.
    private const int InitialSize = 64;

    private LightToken[] _ring = [];
    private int _memberStart;
    private LexedTokens? _file;

    /// <summary>The file being parsed with this set.</summary>
    public LexedTokens File => _file ?? throw new InvalidOperationException("A token of a returned set was read.");

    /// <summary>A set showing the default-channel tokens of <paramref name="file"/>.</summary>
    public static LightTokenSet Rent(LexedTokens file)
    {
        LightTokenSet set = ThreadSpare<LightTokenSet>.Take() ?? new LightTokenSet();
        set._file = file;
        set._memberStart = 0;
        if (set._ring.Length == 0) set._ring = MakeRing(set, InitialSize, []);
        else foreach (LightToken token in set._ring) token.Show(-1, 0, 0);
        return set;
    }

    /// <summary>Hands the set on to the next parse on this thread; its tokens must not be read any more.</summary>
    public void Return()
    {
        _file = null;
        ThreadSpare<LightTokenSet>.Put(this);
    }

    /// <summary>
    /// The next member starts at <paramref name="position"/>: the tokens before it belong to
    /// members already built, and their objects may show other tokens from now on.
    /// </summary>
    public void StartMember(int position) => _memberStart = position;

    /// <summary>The token at the <paramref name="position"/>-th default-channel position of the file.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public LightToken Get(int position)
    {
        LightToken token = _ring[position & (_ring.Length - 1)];
        return token.Position == position ? token : Show(position);
    }

    private LightToken Show(int position)
    {
        LightToken token = _ring[position & (_ring.Length - 1)];
        // The slot's object still shows a token of the current member, which its contexts may hold.
        while (token.Position >= _memberStart && token.Position != position)
        {
            _ring = MakeRing(this, 2 * _ring.Length, _ring);
            token = _ring[position & (_ring.Length - 1)];
        }
        if (token.Position != position)
        {
            LexedTokens file = File;
            int index = file.SignificantAt(position);
            token.Show(position, index, file.TypeOf(index));
        }
        return token;
    }

    // A ring of `size` (a power of two) objects. Those of `old` keep showing their tokens, each in
    // its slot of the new ring: positions in different slots of a ring stay apart in one twice as large.
    private static LightToken[] MakeRing(LightTokenSet set, int size, LightToken[] old)
    {
        var ring = new LightToken[size];
        foreach (LightToken token in old)
        {
            if (token.Position >= 0) ring[token.Position & (size - 1)] = token;
        }
        for (int slot = 0; slot < size; slot++) ring[slot] ??= new LightToken(set);
        return ring;
    }
}
