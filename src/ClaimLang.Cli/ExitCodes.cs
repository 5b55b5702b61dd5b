namespace ClaimLang.Cli;

/// <summary>The process exit codes (docs/language.md, "The tool: claimc"); CI scripts depend on them.</summary>
public static class ExitCodes
{
    /// <summary>No errors (warnings allowed unless --warnaserror).</summary>
    public const int Success = 0;

    /// <summary>The checked files have errors, or warnings under --warnaserror.</summary>
    public const int ProblemsFound = 1;

    /// <summary>The run itself failed: bad usage, a missing path, an I/O or configuration problem.</summary>
    public const int UsageOrIoError = 2;

    /// <summary>claimc itself failed unexpectedly. The spec says a crash is a bug; a distinct code lets CI tell it from a usage problem.</summary>
    public const int InternalError = 3;
}
