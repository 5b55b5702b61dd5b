namespace ClaimLang.Parsing.Lexing;

/// <summary>
/// The lexer DFA as dense arrays, for a fixed number of states. When the DFA outgrows them,
/// <see cref="LexerDfa"/> publishes larger copies; a lexer still holding older tables only ever
/// finds in them edges to states those tables hold, and asks again for the rest.
/// </summary>
internal sealed class DfaTables
{
    public DfaTables(int stateCapacity, int classCount)
    {
        Next = new int[stateCapacity * classCount];
        Array.Fill(Next, LexerDfa.Unknown);
        AcceptType = new short[stateCapacity];
        AcceptChannel = new byte[stateCapacity];
    }

    public int StateCapacity => AcceptType.Length;

    /// <summary>The state after a state on a character class, at <c>state * classCount + class</c>: a state, <see cref="LexerDfa.Unknown"/> or <see cref="LexerDfa.NoToken"/>.</summary>
    public int[] Next { get; }

    /// <summary>The token type a state accepts, 0 when it is not an accept state.</summary>
    public short[] AcceptType { get; }

    /// <summary>The channel of the token a state accepts.</summary>
    public byte[] AcceptChannel { get; }

    public DfaTables Grow(int stateCapacity, int classCount)
    {
        var larger = new DfaTables(stateCapacity, classCount);
        Next.CopyTo(larger.Next, 0);
        AcceptType.CopyTo(larger.AcceptType, 0);
        AcceptChannel.CopyTo(larger.AcceptChannel, 0);
        return larger;
    }
}
