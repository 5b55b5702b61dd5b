using ClaimLang.Text;

namespace ClaimLang.Syntax;

/// <summary>
/// The tokens and trivia of one file, stored as one sequence of elements in source order
/// (every token, missing ones included, and every trivia) rather than as objects or wide
/// structs: a million-claim project has tens of millions of them. An element keeps only its
/// start and kind (5 bytes); it ends where the next one starts, since the elements cover the
/// text without gaps. A token also has its element's index (4 bytes).
/// </summary>
/// <remarks>
/// Which trivia between two tokens trail the first and which lead the second is not stored
/// either: it follows from the rule the parser applies (as in Roslyn, a token's trailing trivia
/// run up to and including the end of its line and never include skipped text), so it is
/// worked out when asked for, looking at the few elements in between.
/// </remarks>
internal sealed class TokenTable
{
    /// <summary>Marks a missing token's kind: kinds fit in the low seven bits.</summary>
    public const byte MissingFlag = 0x80;

    public static readonly TokenTable Empty = new([0], [], []);

    private readonly int[] _starts; // one per element, then the text's length
    private readonly byte[] _kinds; // one per element: its SyntaxKind, with MissingFlag for a missing token
    private readonly int[] _tokenElements; // one per token: its element's index

    public TokenTable(int[] starts, byte[] kinds, int[] tokenElements)
    {
        _starts = starts;
        _kinds = kinds;
        _tokenElements = tokenElements;
    }

    public int TokenCount => _tokenElements.Length;

    // The arrays themselves, for splicing a table from the parts of others (IncrementalParser):
    // tables are never changed, so they are only read.
    internal ReadOnlySpan<int> Starts => _starts;

    internal ReadOnlySpan<byte> Kinds => _kinds;

    internal ReadOnlySpan<int> TokenElements => _tokenElements;

    public int ElementCount => _kinds.Length;

    public int ElementOf(int token) => _tokenElements[token];

    public SyntaxKind KindAt(int element) => (SyntaxKind)(_kinds[element] & ~MissingFlag);

    public bool IsMissingAt(int element) => (_kinds[element] & MissingFlag) != 0;

    public int StartAt(int element) => _starts[element];

    public TextSpan SpanAt(int element) => TextSpan.FromBounds(_starts[element], _starts[element + 1]);

    /// <summary>The element just after <paramref name="token"/>'s trailing trivia.</summary>
    public int TrailingEnd(int token)
    {
        int limit = token + 1 < _tokenElements.Length ? _tokenElements[token + 1] : _kinds.Length;
        int element = _tokenElements[token] + 1;
        while (element < limit)
        {
            var kind = (SyntaxKind)_kinds[element];
            if (kind == SyntaxKind.SkippedTokenTrivia) break;
            element++;
            if (kind == SyntaxKind.EndOfLineTrivia) break;
        }
        return element;
    }

    /// <summary>The element that holds the character at <paramref name="position"/> (0 ≤ position &lt; the text's length): never a missing token, which holds none.</summary>
    public int ElementAt(int position)
    {
        // The last element that starts at or before the position; elements that start at the
        // same place are empty (missing tokens) but for the last of them.
        int index = Array.BinarySearch(_starts, 0, _kinds.Length, position);
        if (index < 0) return ~index - 1;
        while (index + 1 < _kinds.Length && _starts[index + 1] == position) index++;
        return index;
    }

    /// <summary>The first token whose element is <paramref name="element"/> or comes after it: the element's own token when it is one.</summary>
    public int FirstTokenFrom(int element)
    {
        int token = Array.BinarySearch(_tokenElements, element);
        return token >= 0 ? token : ~token;
    }

    /// <summary>The first element of <paramref name="token"/>'s leading trivia (its own element when it has none).</summary>
    public int LeadingStart(int token) => token == 0 ? 0 : TrailingEnd(token - 1);
}
