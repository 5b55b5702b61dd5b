namespace ClaimLang.LanguageServer.Tests.TestSupport;

/// <summary>What one <c>node --test</c> run of a test file produced: its exit code, its report (standard output and error together) and the counts it printed.</summary>
public sealed record NodeTestRun(int ExitCode, string Output, int Tests, int Passed, int Failed);
