using Antlr4.Runtime.Atn;
using Antlr4.Runtime.Misc;
using ClaimLang.Parsing.Generated;

namespace ClaimLang.Core.Tests.Lexing;

/// <summary>
/// The DFA lexer computes each edge from one character of its class; that is sound only if no
/// transition of the lexer's ATN tells two characters of a class apart.
/// </summary>
public sealed class CharClassesTests
{
    [Fact]
    public void No_transition_of_the_lexer_tells_two_characters_of_a_class_apart()
    {
        CharClasses classes = CharClasses.Of(ClaimLangLexer._ATN);
        int checkedSets = 0;
        foreach (ATNState state in ClaimLangLexer._ATN.states)
        {
            for (int t = 0; t < state.NumberOfTransitions; t++)
            {
                Transition transition = state.Transition(t);
                if (transition.Label is not { } label) continue;
                bool[] inside = Members(label);
                for (int c = 0; c <= char.MaxValue; c++)
                {
                    int representative = classes.Representatives[classes.ClassOf[c]];
                    if (inside[c] != inside[representative])
                        throw new ShouldAssertException($"U+{c:X4} and U+{representative:X4} share a class but not the transition {transition}");
                }
                checkedSets++;
            }
        }
        checkedSets.ShouldBeGreaterThan(20);
        classes.Count.ShouldBeLessThan(200);
    }

    [Fact]
    public void End_of_input_is_a_class_of_its_own()
    {
        CharClasses classes = CharClasses.Of(ClaimLangLexer._ATN);
        classes.Representatives[classes.EndOfInput].ShouldBe(Antlr4.Runtime.IntStreamConstants.EOF);
        classes.ClassOf.ShouldNotContain((ushort)classes.EndOfInput);
    }

    private static bool[] Members(IntervalSet set)
    {
        var inside = new bool[char.MaxValue + 1];
        foreach (Interval interval in set.GetIntervals())
            for (int c = Math.Max(interval.a, 0); c <= Math.Min(interval.b, char.MaxValue); c++) inside[c] = true;
        return inside;
    }
}
