using System.Runtime.CompilerServices;
using ClaimLang.Text;

namespace ClaimLang.Parsing.Lexing;

/// <summary>
/// Lexes a whole file with <see cref="LexerDfa"/>: per character one class lookup and one table
/// lookup, remembering the last accept state, as ANTLR's lexer does (the longest match wins; on
/// a tie, the rule written first). The differential tests hold its output to the generated
/// lexer's, token for token.
/// </summary>
internal static class DfaLexer
{
    // After this many steps on end of input without reaching an end, the DFA has a loop that
    // ANTLR's own lexer would never leave either; no ClaimLang rule comes close.
    private const int EndOfInputStepLimit = 64;

    public static LexedTokens Lex(SourceText source) => Lex(source, LexerDfa.ClaimLang);

    // Fully optimized from the first call: the loop runs millions of times within the first
    // file, long before tiered compilation would replace its unoptimized first version.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static LexedTokens Lex(SourceText source, LexerDfa dfa)
    {
        string text = source.Text;
        // Source files run at about one token per three characters.
        var tokens = new LexedTokens(source, text.Length / 3 + 16);
        ushort[] classOf = dfa.Classes.ClassOf;
        int classCount = dfa.Classes.Count;
        int endOfInput = dfa.Classes.EndOfInput;
        DfaTables tables = dfa.Tables;
        int[] next = tables.Next;
        short[] acceptType = tables.AcceptType;

        int position = 0;
        while (position < text.Length)
        {
            int state = LexerDfa.StartState;
            int accepted = -1, acceptedEnd = position, endSteps = 0;
            for (int i = position; ;)
            {
                int charClass = i < text.Length ? classOf[text[i]] : endOfInput;
                int target = next[state * classCount + charClass];
                if (target < 0)
                {
                    if (target == LexerDfa.Unknown)
                    {
                        target = dfa.Compute(state, charClass);
                        tables = dfa.Tables;
                        next = tables.Next;
                        acceptType = tables.AcceptType;
                    }
                    if (target == LexerDfa.NoToken) break;
                }
                if (charClass != endOfInput)
                {
                    i++;
                }
                else if (++endSteps > EndOfInputStepLimit)
                {
                    break;
                }
                if (acceptType[target] != 0)
                {
                    accepted = target;
                    acceptedEnd = i;
                    if (charClass == endOfInput) break;
                }
                state = target;
            }
            if (accepted < 0 || acceptedEnd == position)
                throw new InvalidOperationException($"The lexer matched no token at offset {position}; every character should at least be a bad character.");
            tokens.Add(acceptType[accepted], tables.AcceptChannel[accepted], position);
            position = acceptedEnd;
        }
        tokens.AddEndOfFile();
        return tokens;
    }
}
