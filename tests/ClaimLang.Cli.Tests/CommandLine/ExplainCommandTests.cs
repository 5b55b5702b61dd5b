using System.Globalization;
using ClaimLang.Cli.Tests.TestSupport;
using ClaimLang.Diagnostics;

namespace ClaimLang.Cli.Tests.CommandLine;

[UseGermanCulture]
public sealed class ExplainCommandTests
{
    private static readonly string Folder = Path.GetTempPath();

    [Fact]
    public void Explains_a_code_with_its_title_severity_and_help()
    {
        CliResult result = Claimc.Run(Folder, "explain", "CL4001");

        result.ExitCode.ShouldBe(0);
        result.Stderr.ShouldBeEmpty();
        string[] lines = result.Stdout.Split('\n');
        lines[0].ShouldBe("CL4001: Claims from different attributions cannot all hold");
        lines[1].ShouldBe("Default severity: warning");
        string help = DiagnosticDescriptors.SourcesDisagree.HelpText.Trim();
        if (help.Length == 0) result.Stdout.ShouldBe(lines[0] + "\n" + lines[1] + "\n");
        else result.Stdout.ShouldBe($"{lines[0]}\n{lines[1]}\n\n{help}\n");
    }

    [Fact]
    public void Accepts_a_code_in_any_case_even_under_a_turkish_culture()
    {
        // Turkish upper-cases 'i' to 'İ': a culture-sensitive comparison would miss "cl..." codes.
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("tr-TR");

        CliResult result = Claimc.Run(Folder, "explain", "cl1001");

        result.ExitCode.ShouldBe(0);
        result.Stdout.ShouldStartWith("CL1001: Undeclared name\n");
    }

    [Fact]
    public void An_unknown_code_exits_with_2_and_says_how_to_list_the_codes()
    {
        CliResult result = Claimc.Run(Folder, "explain", "CL9999");

        result.ExitCode.ShouldBe(2);
        result.Stdout.ShouldBeEmpty();
        result.Stderr.ShouldBe("claimc: error: unknown diagnostic code 'CL9999'. Run 'claimc explain --list' to see all codes.\n");
    }

    [Theory]
    [InlineData]
    [InlineData("--list")]
    public void Without_a_code_lists_every_code_with_its_severity_and_title(params string[] options)
    {
        CliResult result = Claimc.Run(Folder, ["explain", .. options]);

        result.ExitCode.ShouldBe(0);
        result.StdoutLines.Length.ShouldBe(DiagnosticDescriptors.All.Count);
        result.StdoutLines[0].ShouldBe("CL0001  error    Syntax error");
        result.StdoutLines.ShouldContain("CL4003  info     The same attribution states the same thing twice");
    }
}
