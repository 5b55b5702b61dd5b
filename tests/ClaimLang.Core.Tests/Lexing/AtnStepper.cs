using Antlr4.Runtime;
using Antlr4.Runtime.Atn;
using Antlr4.Runtime.Dfa;

namespace ClaimLang.Core.Tests.Lexing;

/// <summary>
/// ANTLR's own lexer simulation, asked one step at a time: the start state of the default mode,
/// and the state reached from a state on one input symbol. ANTLR decides everything here (longest
/// match, rule order, non-greedy loops, EOF inside a rule, the actions of each accept state);
/// <see cref="LexerDfa"/> only remembers the answers in dense tables.
/// </summary>
internal sealed class AtnStepper : LexerATNSimulator
{
    // The simulation reads its input only for predicates and position-dependent actions, which
    // the DFA lexer refuses (see LexerDfa), so an empty stream stands in for the text.
    private static readonly ICharStream NoInput = new AntlrInputStream(string.Empty);

    public AtnStepper(ATN atn) : base(atn, NewDecisionDfas(atn), new PredictionContextCache())
    {
    }

    public DFAState Start() => AddDFAState(ComputeStartState(NoInput, atn.modeToStartState[Lexer.DEFAULT_MODE]));

    /// <summary>The state after <paramref name="symbol"/> (a code unit, or EOF), or null when no token can go on.</summary>
    public DFAState? Step(DFAState from, int symbol)
    {
        DFAState target = ComputeTargetState(NoInput, from, symbol);
        return ReferenceEquals(target, ERROR) ? null : target;
    }

    private static DFA[] NewDecisionDfas(ATN atn)
    {
        var dfas = new DFA[atn.NumberOfDecisions];
        for (int i = 0; i < dfas.Length; i++) dfas[i] = new DFA(atn.GetDecisionState(i), i);
        return dfas;
    }
}
