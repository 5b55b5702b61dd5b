using ClaimLang.Diagnostics;
using ClaimLang.Text;
using ClaimLang.Cli.Tests.TestSupport;

namespace ClaimLang.Cli.Tests.Output;

/// <summary>Two small files and diagnostics on them, shared by the formatter tests.</summary>
internal static class SampleFiles
{
    public const string IranPath = "aid/iran.claim";
    public const string SyriaPath = "aid/syria.claim";

    public static readonly SourceText Iran = SourceText.From(
        "source BBC says Iran -> 36e9 USD 2011\n" +
        "bbc: source BBC says Iran -> Syria aid 36e9 USD 2011..2016\n");

    public static readonly SourceText Syria = SourceText.From(
        "heydemann: source Bloomberg quoting Heydemann says Iran -> Syria aid 15e9..20e9 USD/yr 2011..2015\n");

    public static Dictionary<string, SourceText> Sources => new(StringComparer.Ordinal)
    {
        [IranPath] = Iran,
        [SyriaPath] = Syria,
    };

    /// <summary>CL0001 on <c>36e9</c> of line 1 (column 25, four characters).</summary>
    public static Diagnostic MissingEntity() =>
        TestDiagnostics.At(DiagnosticDescriptors.SyntaxError, IranPath, Iran, "36e9", "expected an entity name after '->', found the number '36e9'");

    /// <summary>CL4001 on the Heydemann claim, related to the BBC claim.</summary>
    public static Diagnostic Conflict() =>
        TestDiagnostics.At(DiagnosticDescriptors.SourcesDisagree, SyriaPath, Syria, "15e9..20e9",
            "15e9..20e9 USD/yr over 2011..2015 (5 years) is 72.5e9..102.5e9 USD in total, but BBC says at most 36.5e9 USD over 2011..2016",
            TestDiagnostics.Related(IranPath, Iran, "bbc:", "BBC says 36e9 USD over 2011..2016"));

    /// <summary>CL4003 (info) on the second line of the Iran file.</summary>
    public static Diagnostic StatedTwice() =>
        TestDiagnostics.At(DiagnosticDescriptors.StatedTwice, IranPath, Iran, "bbc", "BBC states this twice");
}
