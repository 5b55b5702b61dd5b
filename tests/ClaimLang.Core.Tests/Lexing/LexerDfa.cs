using Antlr4.Runtime;
using Antlr4.Runtime.Atn;
using Antlr4.Runtime.Dfa;
using ClaimLang.Parsing.Lexing;

namespace ClaimLang.Core.Tests.Lexing;

/// <summary>
/// The complete DFA of a lexer's ATN over character classes: every state reachable from the
/// start state, with its edge on every class, each computed by ANTLR's own simulation
/// (<see cref="AtnStepper"/>) from one representative character of the class. So the grammar in
/// grammar/ClaimLangLexer.g4 alone decides what a token is. The product never builds it: it
/// lexes with <see cref="LexerTables"/>, static data that <see cref="LexerTablesSource"/> writes
/// from this DFA and that LexerTablesTests holds to it, so it lives with those tests.
/// </summary>
internal sealed class LexerDfa
{
    /// <summary>No token goes on with this character: the longest match so far is the token.</summary>
    public const int NoToken = 0;

    /// <summary>The state every token starts in (state 0 stands for <see cref="NoToken"/>).</summary>
    public const int StartState = 1;

    public LexerDfa(ATN atn)
    {
        RefuseWhatTablesCannotHold(atn);
        Classes = CharClasses.Of(atn);
        var stepper = new AtnStepper(atn);
        var states = new List<DFAState?> { null };
        var ids = new Dictionary<DFAState, int>(ReferenceEqualityComparer.Instance);
        var next = new List<int>();
        states.Add(stepper.Start());
        ids.Add(states[StartState]!, StartState);
        next.AddRange(new int[2 * Classes.Count]); // the NoToken state goes nowhere either

        // Breadth first, so states are numbered in the order they are found.
        for (int state = StartState; state < states.Count; state++)
        {
            for (int charClass = 0; charClass < Classes.Count; charClass++)
            {
                DFAState? target = stepper.Step(states[state]!, Classes.Representatives[charClass]);
                int id = NoToken;
                if (target is not null && !ids.TryGetValue(target, out id))
                {
                    id = states.Count;
                    states.Add(target);
                    ids.Add(target, id);
                    next.AddRange(new int[Classes.Count]);
                }
                next[state * Classes.Count + charClass] = id;
            }
        }

        Next = [.. next];
        AcceptType = new short[states.Count];
        AcceptChannel = new byte[states.Count];
        for (int id = StartState; id < states.Count; id++)
        {
            if (!states[id]!.isAcceptState) continue;
            var (type, channel) = Accepted(states[id]!);
            AcceptType[id] = checked((short)type);
            AcceptChannel[id] = checked((byte)channel);
        }
    }

    public CharClasses Classes { get; }

    /// <summary>The number of states, the <see cref="NoToken"/> state included.</summary>
    public int StateCount => AcceptType.Length;

    /// <summary>The state after a state on a character class, at <c>state * Classes.Count + class</c>, or <see cref="NoToken"/>.</summary>
    public int[] Next { get; }

    /// <summary>The token type a state accepts, 0 when it is not an accept state.</summary>
    public short[] AcceptType { get; }

    /// <summary>The channel of the token a state accepts.</summary>
    public byte[] AcceptChannel { get; }

    // The token an accept state makes: the rule's type, then the rule's actions, of which a
    // table can only hold the constant ones (type and channel); mode changes, skip and more would
    // need the lexer's state machine around the DFA, and the grammar does not use them.
    private static (int Type, int Channel) Accepted(DFAState state)
    {
        int type = state.prediction;
        int channel = Lexer.DefaultTokenChannel;
        foreach (ILexerAction action in state.lexerActionExecutor?.LexerActions ?? [])
        {
            switch (action)
            {
                case LexerChannelAction channelAction:
                    channel = channelAction.Channel;
                    break;
                case LexerTypeAction typeAction:
                    type = typeAction.Type;
                    break;
                default:
                    throw new NotSupportedException($"The DFA lexer cannot run the lexer action {action.ActionType}.");
            }
        }
        return (type, channel);
    }

    // Predicates depend on more than the characters read, and a second mode needs a mode stack.
    private static void RefuseWhatTablesCannotHold(ATN atn)
    {
        if (atn.modeToStartState.Count != 1)
            throw new NotSupportedException("The DFA lexer handles one lexer mode only.");
        foreach (ATNState state in atn.states)
        {
            if (state is null) continue;
            for (int i = 0; i < state.NumberOfTransitions; i++)
            {
                if (state.Transition(i) is PredicateTransition or PrecedencePredicateTransition)
                    throw new NotSupportedException("The DFA lexer cannot evaluate lexer predicates.");
            }
        }
    }
}
