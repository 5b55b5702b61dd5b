using System.Collections;

namespace ClaimLang.Syntax;

/// <summary>The leading or trailing trivia of one token: a run of its tree's token table, just before or after the token.</summary>
internal readonly struct SyntaxTriviaList : IReadOnlyList<SyntaxTrivia>
{
    private readonly SyntaxTree? _tree;
    private readonly int _start;

    internal SyntaxTriviaList(SyntaxTree tree, int start, int count)
    {
        _tree = tree;
        _start = start;
        Count = count;
    }

    public int Count { get; }

    public SyntaxTrivia this[int index] =>
        (uint)index < (uint)Count ? new SyntaxTrivia(_tree!, _start + index) : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<SyntaxTrivia> GetEnumerator()
    {
        for (int i = 0; i < Count; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
