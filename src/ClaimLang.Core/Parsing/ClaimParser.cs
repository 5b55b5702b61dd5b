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
    public static SyntaxTree Parse(SourceText text, SourceDocument document)
    {
        var tree = new SyntaxTree(text, document);
        LexedTokens tokens = Lex(text);
        var diagnostics = new DiagnosticBag();
        LexicalChecks.Run(tokens, tree, diagnostics);
        CompilationUnitSyntax unit = ParseAndBuild(tree, tokens, diagnostics);
        Complete(tree, unit, diagnostics);
        tokens.Return(); // the tree has its own token table
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

    /// <summary>
    /// The typed tree of the file: SLL with bail-out first, each member built as soon as it is
    /// parsed; when that fails, LL with recovery over the whole file, whose errors join
    /// <paramref name="diagnostics"/>.
    /// </summary>
    internal static CompilationUnitSyntax ParseAndBuild(SyntaxTree tree, LexedTokens tokens, DiagnosticBag diagnostics) =>
        TryFastPath(tree, tokens, diagnostics) ?? ParseWithRecovery(tree, tokens, diagnostics);

    /// <summary>Sorts the diagnostics into source order and hands tree and diagnostics to <paramref name="tree"/>.</summary>
    internal static void Complete(SyntaxTree tree, CompilationUnitSyntax unit, DiagnosticBag diagnostics)
    {
        var (kept, omitted) = diagnostics.ToSorted();
        tree.Complete(unit, kept, omitted);
    }

    // No parse tree: the tree builder reads the contexts' labels, so ANTLR's terminal nodes and
    // child lists would be garbage (a fifth of the parse time in a profile). The fast path reads
    // the default-channel tokens straight from the lexer's arrays, and the file is parsed one
    // member at a time (the rule `compilationUnit : member* EOF` run by hand), so that no
    // member's contexts outlive its syntax node. Null when the file has a mistake.
    private static CompilationUnitSyntax? TryFastPath(SyntaxTree tree, LexedTokens tokens, DiagnosticBag diagnostics)
    {
        var fastPathTokens = LightTokenSet.Rent(tokens);
        var stream = new SignificantTokenStream<LightTokenObjects>(tokens, new LightTokenObjects(fastPathTokens));
        var parser = new ClaimLangParser(stream) { BuildParseTree = false, Lexed = tokens };
        parser.RemoveErrorListeners();
        parser.Interpreter.PredictionMode = PredictionMode.SLL;
        parser.ErrorHandler = new QuietBailErrorStrategy();
        var lexical = diagnostics.Mark();
        var builder = new TreeBuilder(tree, tokens, diagnostics, membersWithErrors: null);
        try
        {
            while (stream.LA(1) != TokenConstants.EOF)
            {
                fastPathTokens.StartMember(stream.Index);
                builder.Add(parser.member());
            }
            return builder.Finish();
        }
        catch (ParseCanceledException)
        {
            // The members built so far are garbage, and so is what they reported: the
            // recovering parse builds and checks the file again from its start.
            diagnostics.RollBack(lexical);
            return null;
        }
        finally
        {
            fastPathTokens.Return(); // the contexts' tokens are read for the last time above
        }
    }

    // A file with a mistake: parse again with ANTLR's error recovery, which conjures missing
    // tokens from a token source and words the tokens it meets, on token objects that are kept.
    private static CompilationUnitSyntax ParseWithRecovery(SyntaxTree tree, LexedTokens tokens, DiagnosticBag diagnostics)
    {
        var source = new ReplayTokenSource(tokens);
        var stream = new SignificantTokenStream<ReplayedTokenObjects>(tokens, new ReplayedTokenObjects(source));
        var recovering = new ClaimLangParser(stream) { BuildParseTree = false, Lexed = tokens };
        recovering.RemoveErrorListeners();
        recovering.Interpreter.PredictionMode = PredictionMode.LL;
        var recovery = new SyntaxErrorStrategy(tokens.Count, error => AddSyntaxError(error, source, tree, diagnostics));
        recovering.ErrorHandler = recovery;
        // Members are built as the parser leaves them (MemberBuildingListener); what the tree
        // builder reports joins the diagnostics after the parser's own errors, as when the
        // whole tree was built after the parse.
        var built = new DiagnosticBag();
        var builder = new TreeBuilder(tree, tokens, built, recovery.MembersWithErrors);
        recovering.AddParseListener(new MemberBuildingListener(builder));
        recovering.compilationUnit();
        diagnostics.AddAll(built);
        return builder.Finish();
    }

    // The parser's errors come in source order, after the lexical ones and before what the tree
    // builder reports.
    private static void AddSyntaxError(SyntaxError error, ReplayTokenSource source, SyntaxTree tree, DiagnosticBag diagnostics)
    {
        // A token already reported for its own text (an unterminated string, say) is one mistake,
        // not two. Searched, not copied into a set: a file of junk has millions of lexical mistakes.
        if (diagnostics.HasStartAt(error.Offending.StartIndex) || FollowsLexicalMistake(source.Tokens, error.Offending)) return;
        IToken? previous = PreviousSignificant(source, error.Offending.TokenIndex);
        var (message, span) = SyntaxErrorWording.Describe(error, previous, tree.Text);
        if (!diagnostics.HasRoom)
        {
            diagnostics.Omit(DiagnosticDescriptors.SyntaxError, span);
            return;
        }
        diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.SyntaxError, tree.GetLocation(span), message));
    }

    // An error right after a bad character (`36,000`) or at the end of a file that an open
    // comment swallowed is the lexical mistake's consequence, already reported.
    private static bool FollowsLexicalMistake(LexedTokens lexed, IToken offending)
    {
        int index = offending.TokenIndex;
        if (index <= 0 || index > lexed.Count) return false;
        int before = index - 1;
        if (lexed.TypeOf(before) == ClaimLangLexer.BAD_CHAR) return true;
        return offending.Type == TokenConstants.EOF && lexed.TypeOf(before) == ClaimLangLexer.BLOCK_COMMENT
            && !BlockComment.IsClosed(lexed.TextOf(before));
    }

    private static IToken? PreviousSignificant(ReplayTokenSource source, int index)
    {
        for (int i = Math.Min(index, source.Tokens.Count) - 1; i >= 0; i--)
            if (source.Tokens.IsSignificant(i)) return source.TokenAt(i);
        return null;
    }
}
