using ClaimLang.Core.Tests.TestSupport;
using ClaimLang.Parsing.Generated;
using ClaimLang.Parsing.Lexing;

namespace ClaimLang.Core.Tests.Lexing;

/// <summary>
/// The product lexes with <see cref="LexerTables"/>, data written into the source tree; these
/// tests hold that data to the DFA of the generated lexer's ATN, so that the grammar stays the
/// only source of truth. With CLAIMLANG_UPDATE_BASELINES=1 the file is rewritten instead.
/// </summary>
public sealed class LexerTablesTests
{
    private const string UpdateCommand =
        "CLAIMLANG_UPDATE_BASELINES=1 dotnet test tests/ClaimLang.Core.Tests --filter \"FullyQualifiedName~LexerTablesTests\"";

    private static readonly Lazy<LexerDfa> FromGrammar = new(() => new LexerDfa(ClaimLangLexer._ATN));

    [Fact]
    public void The_committed_tables_are_the_grammars_DFA()
    {
        string expected = LexerTablesSource.Of(FromGrammar.Value);
        string path = Path.Combine(RepositoryLayout.Root, LexerTablesSource.Path);
        if (Environment.GetEnvironmentVariable("CLAIMLANG_UPDATE_BASELINES") == "1")
        {
            SourceFiles.Write(path, expected);
            return;
        }
        if (SourceFiles.Read(path).ReplaceLineEndings("\n") != expected)
            Assert.Fail($"{LexerTablesSource.Path} no longer matches grammar/ClaimLangLexer.g4. Regenerate it from the repository root, then build again:\n  {UpdateCommand}\n");
    }

    [Fact]
    public void The_compiled_tables_are_the_grammars_DFA()
    {
        LexerDfa dfa = FromGrammar.Value;
        LexerTables.ClassCount.ShouldBe(dfa.Classes.Count);
        LexerTables.StateCount.ShouldBe(dfa.StateCount);
        for (int c = 0; c <= char.MaxValue; c++)
        {
            if (DfaLexer.ClassOf((char)c) != dfa.Classes.ClassOf[c])
                throw new ShouldAssertException($"U+{c:X4}: class {DfaLexer.ClassOf((char)c)} in the tables, {dfa.Classes.ClassOf[c]} from the grammar");
        }
        LexerTables.Next.ToArray().Select(s => (int)s).ShouldBe(dfa.Next);
        LexerTables.AcceptType.ToArray().ShouldBe(dfa.AcceptType);
        LexerTables.AcceptChannel.ToArray().ShouldBe(dfa.AcceptChannel);
    }

    [Fact]
    public void The_DFA_is_small()
    {
        // Not a rule of the language: a guard against a grammar change that would blow the tables up unnoticed.
        FromGrammar.Value.StateCount.ShouldBeLessThan(1000);
        FromGrammar.Value.Classes.Count.ShouldBeLessThan(200);
    }
}
