using Antlr4.Runtime;
using Antlr4.Runtime.Atn;
using Antlr4.Runtime.Misc;
using ClaimLang.Diagnostics;
using ClaimLang.Parsing.Generated;
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
        PresizedTokenStream tokens = Lex(text);
        var (root, recovery) = ParseTokens(tokens);
        var diagnostics = new List<Diagnostic>();
        IList<IToken> all = tokens.GetTokens();
        LexicalChecks.Run(all, tree, diagnostics);
        if (recovery is not null) AddSyntaxErrors(recovery.Errors, all, tree, diagnostics);
        Build(tree, all, root, recovery, diagnostics);
        return tree;
    }

    // The stages, each callable on its own so that bench/ can time them with the same code.

    /// <summary>Lexes the whole file and marks claim labels.</summary>
    internal static PresizedTokenStream Lex(SourceText text)
    {
        var lexer = new ClaimLangLexer(new AntlrInputStream(text.Text));
        lexer.RemoveErrorListeners();
        var tokens = new PresizedTokenStream(lexer, text.Length);
        tokens.Fill();
        LabelMarker.Mark(tokens.GetTokens());
        return tokens;
    }

    /// <summary>SLL with bail-out first; LL with recovery only when that fails (then the strategy holds the errors).</summary>
    internal static (ClaimLangParser.CompilationUnitContext Root, SyntaxErrorStrategy? Recovery) ParseTokens(PresizedTokenStream tokens)
    {
        // No parse tree: the tree builder reads the contexts' labels, so ANTLR's terminal nodes
        // and child lists would be garbage (a fifth of the parse time in a profile).
        var parser = new ClaimLangParser(tokens) { BuildParseTree = false };
        parser.RemoveErrorListeners();
        try
        {
            parser.Interpreter.PredictionMode = PredictionMode.SLL;
            parser.ErrorHandler = new BailErrorStrategy();
            return (parser.compilationUnit(), null);
        }
        catch (ParseCanceledException)
        {
            tokens.Seek(0);
            parser.Reset();
            parser.Interpreter.PredictionMode = PredictionMode.LL;
            var recovery = new SyntaxErrorStrategy();
            parser.ErrorHandler = recovery;
            return (parser.compilationUnit(), recovery);
        }
    }

    /// <summary>Builds the typed tree and completes it with the diagnostics, in source order.</summary>
    internal static void Build(SyntaxTree tree, IList<IToken> all, ClaimLangParser.CompilationUnitContext root,
        SyntaxErrorStrategy? recovery, List<Diagnostic> diagnostics)
    {
        CompilationUnitSyntax unit = new TreeBuilder(tree, all, diagnostics, recovery?.MembersWithErrors ?? NoMembers).Build(root);
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
            && !before.Text.EndsWith("*/", StringComparison.Ordinal);
    }

    private static IToken? PreviousSignificant(IList<IToken> all, int index)
    {
        for (int i = Math.Min(index, all.Count) - 1; i >= 0; i--)
            if (all[i].Channel == Lexer.DefaultTokenChannel) return all[i];
        return null;
    }
}
