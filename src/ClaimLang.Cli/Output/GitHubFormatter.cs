using System.Globalization;
using System.Text;
using ClaimLang.Cli.Checking;
using ClaimLang.Diagnostics;

namespace ClaimLang.Cli.Output;

/// <summary>
/// GitHub Actions workflow commands, which GitHub turns into annotations on the changed lines:
/// <c>::error file=PATH,line=L,col=C,endLine=L,endColumn=C,title=CL0001::message</c>
/// (<c>::warning</c> and <c>::notice</c> for warnings and infos).
/// </summary>
internal sealed class GitHubFormatter : IDiagnosticFormatter
{
    public void Write(CheckReport report, TextWriter output)
    {
        foreach (Diagnostic diagnostic in report.UnsuppressedDiagnostics)
        {
            output.WriteLine(Format(diagnostic, report.Paths));
        }
    }

    public static string Format(Diagnostic diagnostic, DisplayPaths paths)
    {
        DisplayRange range = DisplayRange.From(diagnostic.Location);
        var command = new StringBuilder();
        command.Append("::").Append(Command(diagnostic.Severity));
        command.Append(" file=").Append(GitHubEscaping.EscapeProperty(paths.Of(diagnostic.Location)));
        command.Append(CultureInfo.InvariantCulture, $",line={range.StartLine}");
        if (range.IsSingleLine)
        {
            // GitHub counts the end column inclusively (it defaults to the start column) and
            // rejects columns on an annotation that spans lines; those keep only their lines.
            int lastColumn = Math.Max(range.StartColumn, range.EndColumn - 1);
            command.Append(CultureInfo.InvariantCulture, $",col={range.StartColumn},endLine={range.EndLine},endColumn={lastColumn}");
        }
        else
        {
            command.Append(CultureInfo.InvariantCulture, $",endLine={range.EndLine}");
        }
        command.Append(",title=").Append(GitHubEscaping.EscapeProperty(diagnostic.Id));
        command.Append("::").Append(GitHubEscaping.EscapeData(diagnostic.Message));
        return command.ToString();
    }

    private static string Command(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "notice",
    };
}
