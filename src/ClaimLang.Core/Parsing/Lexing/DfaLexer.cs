using System.Runtime.CompilerServices;
using ClaimLang.Text;

namespace ClaimLang.Parsing.Lexing;

/// <summary>
/// Lexes a whole file with the DFA in <see cref="LexerTables"/>: per character one class lookup
/// and one edge lookup, remembering the last accept state, as ANTLR's lexer does (the longest
/// match wins; on a tie, the rule written first). The tables are static data derived from the
/// grammar (by LexerDfa in the tests, which also check them), so nothing is built at start-up. The differential tests
/// hold its output to the generated lexer's, token for token.
/// </summary>
internal static class DfaLexer
{
    // After this many steps on end of input without reaching an end, the DFA has a loop that
    // ANTLR's own lexer would never leave either; no ClaimLang rule comes close.
    private const int EndOfInputStepLimit = 64;

    private const int BlockBits = 8;

    /// <summary>The character class of <paramref name="c"/>: its high byte picks a block of classes, its low byte the class in it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int ClassOf(char c) => LexerTables.BlockClasses[(LexerTables.BlockOf[c >> BlockBits] << BlockBits) | (c & 0xFF)];

    // Fully optimized from the first call: the loop runs millions of times within the first
    // file, long before tiered compilation would replace its unoptimized first version.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static LexedTokens Lex(SourceText source)
    {
        string text = source.Text;
        // Source files run at about one token per three characters.
        var tokens = LexedTokens.Rent(source, text.Length / 3 + 16);
        ReadOnlySpan<byte> blockOf = LexerTables.BlockOf;
        ReadOnlySpan<byte> blockClasses = LexerTables.BlockClasses;
        ReadOnlySpan<ushort> next = LexerTables.Next;
        ReadOnlySpan<short> acceptType = LexerTables.AcceptType;

        int position = 0;
        while (position < text.Length)
        {
            int state = LexerTables.StartState;
            int accepted = LexerTables.NoToken, acceptedEnd = position;
            int i = position;
            for (; i < text.Length; i++)
            {
                char c = text[i];
                int target = next[state * LexerTables.ClassCount + blockClasses[(blockOf[c >> BlockBits] << BlockBits) | (c & 0xFF)]];
                if (target == LexerTables.NoToken) break;
                if (acceptType[target] != 0)
                {
                    accepted = target;
                    acceptedEnd = i + 1;
                }
                state = target;
            }
            if (i == text.Length) (accepted, acceptedEnd) = AtEndOfInput(state, accepted, acceptedEnd, text.Length);
            if (accepted == LexerTables.NoToken || acceptedEnd == position)
                throw new InvalidOperationException($"The lexer matched no token at offset {position}; every character should at least be a bad character.");
            tokens.Add(acceptType[accepted], LexerTables.AcceptChannel[accepted], position);
            position = acceptedEnd;
        }
        tokens.AddEndOfFile();
        return tokens;
    }

    // ANTLR's lexer, out of characters, goes on stepping on end of input (without consuming it)
    // until it reaches an accept state, which then ends the token there, or no state at all.
    private static (int Accepted, int AcceptedEnd) AtEndOfInput(int state, int accepted, int acceptedEnd, int end)
    {
        ReadOnlySpan<ushort> next = LexerTables.Next;
        for (int steps = 0; steps < EndOfInputStepLimit; steps++)
        {
            int target = next[state * LexerTables.ClassCount + LexerTables.EndOfInput];
            if (target == LexerTables.NoToken) break;
            if (LexerTables.AcceptType[target] != 0) return (target, end);
            state = target;
        }
        return (accepted, acceptedEnd);
    }
}
