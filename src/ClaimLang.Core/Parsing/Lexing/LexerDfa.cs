using Antlr4.Runtime;
using Antlr4.Runtime.Atn;
using Antlr4.Runtime.Dfa;
using ClaimLang.Parsing.Generated;

namespace ClaimLang.Parsing.Lexing;

/// <summary>
/// The DFA of the generated lexer's ATN over character classes, built lazily: an edge is
/// computed by ANTLR's simulation (<see cref="AtnStepper"/>) the first time some input needs it,
/// from one representative character of its class, and then read from a dense table. So the
/// grammar in grammar/ClaimLangLexer.g4 alone decides what a token is; this class only caches.
/// Safe for concurrent lexers: edges are added under a lock, and readers see either the edge or
/// <see cref="Unknown"/>.
/// </summary>
internal sealed class LexerDfa
{
    /// <summary>An edge not computed yet.</summary>
    public const int Unknown = -1;

    /// <summary>No token goes on with this character: the longest match so far is the token.</summary>
    public const int NoToken = -2;

    /// <summary>The state every token starts in.</summary>
    public const int StartState = 0;

    private static readonly Lazy<LexerDfa> Shared = new(() => new LexerDfa(ClaimLangLexer._ATN));

    private readonly AtnStepper _stepper;
    private readonly List<DFAState> _states = [];
    private readonly Dictionary<DFAState, int> _ids = new(ReferenceEqualityComparer.Instance);
    private readonly object _gate = new();
    private volatile DfaTables _tables;

    public LexerDfa(ATN atn)
    {
        RefuseWhatTablesCannotHold(atn);
        Classes = CharClasses.Of(atn);
        _stepper = new AtnStepper(atn);
        _tables = new DfaTables(64, Classes.Count);
        lock (_gate) AddState(_stepper.Start());
    }

    /// <summary>The DFA of ClaimLang's lexer, shared by all lexers of the process.</summary>
    public static LexerDfa ClaimLang => Shared.Value;

    public CharClasses Classes { get; }

    public DfaTables Tables => _tables;

    /// <summary>Computes (once) the edge from <paramref name="state"/> on <paramref name="charClass"/>; afterwards read <see cref="Tables"/> again.</summary>
    public int Compute(int state, int charClass)
    {
        lock (_gate)
        {
            int slot = state * Classes.Count + charClass;
            int known = _tables.Next[slot];
            if (known != Unknown) return known;
            DFAState? target = _stepper.Step(_states[state], Classes.Representatives[charClass]);
            int id = target is null ? NoToken : _ids.TryGetValue(target, out int existing) ? existing : AddState(target);
            Volatile.Write(ref _tables.Next[slot], id);
            return id;
        }
    }

    private int AddState(DFAState state)
    {
        int id = _states.Count;
        if (id == _tables.StateCapacity) _tables = _tables.Grow(2 * id, Classes.Count);
        _states.Add(state);
        _ids.Add(state, id);
        if (state.isAcceptState)
        {
            var (type, channel) = Accepted(state);
            _tables.AcceptType[id] = checked((short)type);
            _tables.AcceptChannel[id] = checked((byte)channel);
        }
        return id;
    }

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
