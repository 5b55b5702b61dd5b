using ClaimLang.Configuration;
using ClaimLang.Diagnostics;

namespace ClaimLang.Core.Tests.Configuration;

/// <summary>Loads configuration texts as if they were /project/claimlang.json, and shows their diagnostics as <c>line,col: message</c>.</summary>
internal static class LoadedConfiguration
{
    public static string FullPath => Path.GetFullPath(Path.Combine(Path.GetTempPath(), "project", ClaimLangConfiguration.FileName));

    public static ConfigurationLoadResult Parse(string text) => ConfigurationLoader.Parse(text, FullPath, ClaimLangConfiguration.FileName);

    /// <summary>The configuration of a text that must be valid; a diagnostic fails the test with its message.</summary>
    public static ClaimLangConfiguration Valid(string text)
    {
        ConfigurationLoadResult result = Parse(text);
        result.Diagnostics.ShouldBeEmpty(string.Join("\n", result.Diagnostics.Select(Show)));
        return result.Configuration;
    }

    /// <summary>The single diagnostic of a text with exactly one problem.</summary>
    public static Diagnostic SingleProblem(string text)
    {
        ConfigurationLoadResult result = Parse(text);
        result.Diagnostics.Length.ShouldBe(1, string.Join("\n", result.Diagnostics.Select(Show)));
        result.IsValid.ShouldBeFalse();
        Diagnostic diagnostic = result.Diagnostics[0];
        diagnostic.Id.ShouldBe("CL9001");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Error);
        diagnostic.Location.FilePath.ShouldBe(ClaimLangConfiguration.FileName);
        return diagnostic;
    }

    /// <summary>One-based <c>line,col</c> of the diagnostic's start.</summary>
    public static string Position(this Diagnostic diagnostic) => diagnostic.Location.Start.ToString();

    /// <summary>The text the diagnostic's span covers.</summary>
    public static string Marked(this Diagnostic diagnostic, string text) => text.Substring(diagnostic.Location.Span.Start, diagnostic.Location.Span.Length);

    public static string Show(Diagnostic diagnostic) => $"{diagnostic.Position()}: {diagnostic.Message}";
}
