using ClaimLang.LanguageServer.Tests.TestSupport;

namespace ClaimLang.LanguageServer.Tests.NodeClient;

/// <summary>
/// One case per test file of tests/lsp-client: claimc lsp driven by a real LSP client over stdio
/// (lifecycle, workspace, diagnostics against claimc check, formatting against claimc fmt,
/// malformed input, a replay of random edits). A failure shows node's report of the file.
/// </summary>
public sealed class LspClientTests
{
    public static TheoryData<string> TestFiles => [.. LspClientSuite.TestFiles];

    [Theory]
    [MemberData(nameof(TestFiles))]
    public void Node_test_file_passes(string testFile)
    {
        NodeTestRun run = LspClientSuite.Run(testFile);

        run.Failed.ShouldBe(0, run.Output);
        run.ExitCode.ShouldBe(0, run.Output);
        run.Tests.ShouldBeGreaterThan(0, $"node found no tests in {testFile}:\n{run.Output}");
        run.Passed.ShouldBe(run.Tests, run.Output);
    }
}
