using System.Diagnostics;
using System.Globalization;
using ClaimLang.Diagnostics;
using ClaimLang.Parsing;
using ClaimLang.Parsing.Lexing;
using ClaimLang.Syntax;
using ClaimLang.Text;

namespace ClaimLang.Bench;

/// <summary>
/// Splits parsing into its stages and times each, so that the
/// figures in docs/performance.md say where the time goes: the DFA lexer (with label marking),
/// the literal checks, and ANTLR's parser with the typed tree builder (one stage: each member is
/// built as soon as it is parsed), cold (first round) and warm (after two rounds). Runs the same
/// code as ClaimParser, stage by stage.
/// </summary>
internal static class StageProfile
{
    public static int Run(string directory)
    {
        string[] texts = CorpusFiles.Find(directory).Select(SourceFile.ReadAllText).ToArray();
        for (int round = 0; round < 5; round++)
        {
            double lex = 0, checks = 0, parse = 0;
            var clock = new Stopwatch();
            foreach (string text in texts)
            {
                var source = SourceText.From(text);
                clock.Restart();
                LexedTokens tokens = ClaimParser.Lex(source);
                lex += clock.Elapsed.TotalMilliseconds;

                clock.Restart();
                var tree = SyntaxTreeFactory.Empty(source);
                var diagnostics = new DiagnosticBag();
                LexicalChecks.Run(tokens, tree, diagnostics);
                checks += clock.Elapsed.TotalMilliseconds;

                clock.Restart();
                ClaimParser.Complete(tree, ClaimParser.ParseAndBuild(tree, tokens, diagnostics), diagnostics);
                parse += clock.Elapsed.TotalMilliseconds;
            }
            // Round 0 is the cold one (JIT, the lexer's DFA and ANTLR's prediction DFAs built on
            // the way); rounds 2 to 4 are warm.
            if (round != 1)
            {
                double total = lex + checks + parse;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"stages round {round}{(round == 0 ? " (cold)" : "")}: lex {lex:F0} ms ({100 * lex / total:F0}%), " +
                    $"literal checks {checks:F0} ms ({100 * checks / total:F0}%), parse and tree build {parse:F0} ms ({100 * parse / total:F0}%), total {total:F0} ms"));
            }
        }
        return 0;
    }
}
