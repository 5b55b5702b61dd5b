using Antlr4.Runtime;
using Antlr4.Runtime.Atn;
using Antlr4.Runtime.Misc;
using ClaimLang.Diagnostics;
using ClaimLang.Parsing.Generated;
using ClaimLang.Parsing.Lexing;
using ClaimLang.Syntax;
using ClaimLang.Text;

namespace ClaimLang.Parsing;

/// <summary>
/// Parses one file. Two stages, as ANTLR recommends: first the fast SLL prediction with an
/// error strategy that gives up at the first mistake (every valid file parses this way); only
/// when that fails, the file is parsed again with full LL prediction and error recovery, which
/// yields the diagnostics. Never throws for any input.
/// </summary>
internal static class ClaimParser
{
    private static readonly HashSet<int> NoMembers = [];

    public static SyntaxTree Parse(SourceText text, string filePath)
    {
        var tree = new SyntaxTree(text, filePath);
        LexedTokens tokens = Lex(text);
        ParseResult parsed = ParseTokens(tokens);
        var diagnostics = new List<Diagnostic>();
        LexicalChecks.Run(tokens, tree, diagnostics);
        if (parsed.Recovery is { } recovery) AddSyntaxErrors(recovery.Errors, parsed.RecoveryTokens!, tree, diagnostics);
        Build(tree, tokens, parsed, diagnostics);
        return tree;
    }

    // The stages, each callable on its own so that bench/ can time them with the same code.

    /// <summary>Lexes the whole file (the DFA over the grammar's lexer) and marks claim labels.</summary>
    internal static LexedTokens Lex(SourceText text)
    {
        LexedTokens tokens = DfaLexer.Lex(text);
        LabelMarker.Mark(tokens);
        return tokens;
    }

    /// <summary>SLL with bail-out first; LL with recovery only when that fails (then the strategy holds the errors).</summary>
    internal static ParseResult ParseTokens(LexedTokens tokens)
    {
        // No parse tree: the tree builder reads the contexts' labels, so ANTLR's terminal nodes
        // and child lists would be garbage (a fifth of the parse time in a profile). The fast
        // path reads the default-channel tokens straight from the lexer's arrays.
        var fastPathTokens = LightTokenSet.Rent(tokens);
        var parser = new ClaimLangParser(new SignificantTokenStream(tokens, fastPathTokens)) { BuildParseTree = false, Lexed = tokens };
        parser.RemoveErrorListeners();
        parser.Interpreter.PredictionMode = PredictionMode.SLL;
        parser.ErrorHandler = new QuietBailErrorStrategy();
        try
        {
            return new ParseResult(parser.compilationUnit(), null, null, fastPathTokens);
        }
        catch (ParseCanceledException)
        {
            fastPathTokens.Return(); // the abandoned parse's contexts are garbage
            // A file with a mistake: parse again on ANTLR's own token objects, which its error
            // recovery needs (it conjures missing tokens and words the tokens it meets).
            var all = new PresizedTokenStream(new ReplayTokenSource(tokens), tokens.Count + 1);
            all.Fill();
            var recovering = new ClaimLangParser(all) { BuildParseTree = false, Lexed = tokens };
            recovering.RemoveErrorListeners();
            recovering.Interpreter.PredictionMode = PredictionMode.LL;
            var recovery = new SyntaxErrorStrategy();
            recovering.ErrorHandler = recovery;
            return new ParseResult(recovering.compilationUnit(), recovery, all.GetTokens());
        }
    }

    /// <summary>Builds the typed tree and completes it with the diagnostics, in source order.</summary>
    internal static void Build(SyntaxTree tree, LexedTokens tokens, ParseResult parsed, List<Diagnostic> diagnostics)
    {
        CompilationUnitSyntax unit = new TreeBuilder(tree, tokens, diagnostics, parsed.Recovery?.MembersWithErrors ?? NoMembers).Build(parsed.Root);
        parsed.FastPathTokens?.Return(); // the contexts' tokens are read for the last time above
        diagnostics.Sort(DiagnosticOrder.Instance);
        tree.Complete(unit, [.. diagnostics]);
    }

    private static void AddSyntaxErrors(IReadOnlyList<SyntaxError> errors, IList<IToken> all, SyntaxTree tree, List<Diagnostic> diagnostics)
    {
        // A token already reported for its own text (an unterminated string, say) is one mistake, not two.
        var lexical = new HashSet<int>(diagnostics.Select(d => d.Location.Span.Start));
        foreach (SyntaxError error in errors)
        {
            if (lexical.Contains(error.Offending.StartIndex) || FollowsLexicalMistake(all, error.Offending)) continue;
            IToken? previous = PreviousSignificant(all, error.Offending.TokenIndex);
            var (message, span) = SyntaxErrorWording.Describe(error, previous, tree.Text);
            diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.SyntaxError, tree.GetLocation(span), message));
        }
    }

    // An error right after a bad character (`36,000`) or at the end of a file that an open
    // comment swallowed is the lexical mistake's consequence, already reported.
    private static bool FollowsLexicalMistake(IList<IToken> all, IToken offending)
    {
        int index = offending.TokenIndex;
        if (index <= 0 || index > all.Count) return false;
        IToken before = all[index - 1];
        if (before.Type == ClaimLangLexer.BAD_CHAR) return true;
        return offending.Type == TokenConstants.EOF && before.Type == ClaimLangLexer.BLOCK_COMMENT
            && !BlockComment.IsClosed(before.Text);
    }

    private static IToken? PreviousSignificant(IList<IToken> all, int index)
    {
        for (int i = Math.Min(index, all.Count) - 1; i >= 0; i--)
            if (all[i].Channel == Lexer.DefaultTokenChannel) return all[i];
        return null;
    }
}
