using ClaimLang.Cli.Checking;

namespace ClaimLang.Cli.Output;

/// <summary>Writes a finished check in one output format.</summary>
internal interface IDiagnosticFormatter
{
    void Write(CheckReport report, TextWriter output);
}
