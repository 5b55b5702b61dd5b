using ClaimLang.Diagnostics;

namespace ClaimLang.Cli.Output;

/// <summary>
/// A location's range as tools count it: lines and columns from 1, columns in UTF-16 code units,
/// the end column exclusive (the column just after the last character, as SARIF and LSP define it).
/// </summary>
internal readonly record struct DisplayRange(int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    public static DisplayRange From(Location location) => new(
        location.Start.Line + 1,
        location.Start.Character + 1,
        location.End.Line + 1,
        location.End.Character + 1);

    public bool IsSingleLine => StartLine == EndLine;
}
