using ClaimLang.Cli.Checking;
using ClaimLang.Cli.Output;
using ClaimLang.Diagnostics;
using ClaimLang.Text;

namespace ClaimLang.Cli.Tests.TestSupport;

/// <summary>Builds reports from hand-made diagnostics and renders them with a formatter.</summary>
internal static class TestReports
{
    public const string CurrentDirectory = "/work/project";

    public static CheckReport Create(IReadOnlyDictionary<string, SourceText> sources, params Diagnostic[] diagnostics) =>
        new([.. diagnostics], ByDocument(sources), FullCurrentDirectory);

    /// <summary>Texts named by plain paths, as documents that are no file (so reports name them as given).</summary>
    public static Dictionary<SourceDocument, SourceText> ByDocument(IReadOnlyDictionary<string, SourceText> sources) =>
        sources.ToDictionary(pair => SourceDocument.Named(pair.Key), pair => pair.Value);

    /// <summary>An absolute folder on any OS (a rooted Unix path is not fully qualified on Windows).</summary>
    public static string FullCurrentDirectory => Path.GetFullPath(CurrentDirectory);

    public static string Render(IDiagnosticFormatter formatter, CheckReport report)
    {
        var output = new StringWriter();
        formatter.Write(report, output);
        return Claimc.Normalize(output.ToString());
    }
}
