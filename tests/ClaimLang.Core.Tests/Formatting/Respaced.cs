using System.Text;
using ClaimLang.Core.Tests.TestSupport;
using ClaimLang.Syntax;
using CsCheck;

namespace ClaimLang.Core.Tests.Formatting;

/// <summary>
/// A valid text with its spacing within lines changed at random, which is all the canonical
/// layout normalises: every run of whitespace becomes another (never empty, so no two tokens
/// merge), whitespace appears where there was none between two tokens or comments and at the ends
/// of lines. Line breaks and the text of tokens and comments stay as they are.
/// </summary>
internal sealed record Respaced(string Original, string Text)
{
    private static readonly string[] Runs = [" ", " ", "  ", "\t", " \t ", "\u00A0", "\f", "\v", "    "];

    public static Gen<Respaced> Of(string original) => Gen.Int.Select(seed => With(original, seed));

    /// <summary><paramref name="original"/> respaced by the random choices <paramref name="seed"/> makes.</summary>
    public static Respaced With(string original, int seed) => new(original, Respace(original, new Random(seed)));

    // CsCheck prints failing samples with ToString: show the respaced text.
    public override string ToString() => TextEscaper.Quote(Text);

    private static string Respace(string text, Random random)
    {
        SyntaxTree tree = SyntaxTree.ParseText(text);
        var output = new StringBuilder(text.Length * 2);
        // Where whitespace may be added: between two tokens or comments, before a line break, at
        // the end of the file. Never inside a token or comment, never right after a line break
        // (there, before a token, it would be indentation, which a run of whitespace tests already).
        bool mayAdd = false;
        foreach (SyntaxToken token in tree.GetTokens())
        {
            foreach (SyntaxTrivia trivia in token.LeadingTrivia) Add(trivia.Kind, trivia.Text);
            Add(token.Kind, token.Text);
            foreach (SyntaxTrivia trivia in token.TrailingTrivia) Add(trivia.Kind, trivia.Text);
        }
        return output.ToString();

        void Add(SyntaxKind kind, string piece)
        {
            if (kind == SyntaxKind.WhitespaceTrivia)
            {
                // A byte-order mark at the very start is no spacing: it stays.
                if (output.Length == 0 && piece.StartsWith('\uFEFF')) output.Append('\uFEFF');
                output.Append(Run());
                mayAdd = false;
                return;
            }
            if (mayAdd && random.Next(3) == 0) output.Append(Run());
            output.Append(piece);
            mayAdd = kind != SyntaxKind.EndOfLineTrivia;
        }

        string Run() => Runs[random.Next(Runs.Length)];
    }
}
