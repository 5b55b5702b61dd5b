using ClaimLang.Cli.Checking;
using ClaimLang.Cli.Output;
using ClaimLang.Cli.Tests.Output;
using ClaimLang.Cli.Tests.TestSupport;
using ClaimLang.Diagnostics;

namespace ClaimLang.Cli.Tests.Checking;

/// <summary>Exit codes, --warnaserror and suppression, with hand-made diagnostics (the parser only reports errors).</summary>
[UseGermanCulture]
public sealed class CheckReportingTests
{
    private static (int ExitCode, string Output) Report(OutputFormat format, bool warningsAsErrors, params Diagnostic[] diagnostics)
    {
        var stdout = new StringWriter();
        var environment = new ClaimcEnvironment(stdout, new StringWriter(), TestReports.FullCurrentDirectory);
        var options = new CheckOptions(["."], format, warningsAsErrors, OutputFile: null);
        int exitCode = CheckRunner.Report(diagnostics, TestReports.ByDocument(SampleFiles.Sources), options, environment);
        return (exitCode, Claimc.Normalize(stdout.ToString()));
    }

    [Fact]
    public void Errors_fail_the_run() =>
        Report(OutputFormat.Text, false, SampleFiles.MissingEntity()).ExitCode.ShouldBe(ExitCodes.ProblemsFound);

    [Fact]
    public void Warnings_and_infos_alone_do_not_fail_the_run() =>
        Report(OutputFormat.Text, false, SampleFiles.Conflict(), SampleFiles.StatedTwice()).ExitCode.ShouldBe(ExitCodes.Success);

    [Fact]
    public void Warnings_as_errors_fails_the_run_and_reports_the_warning_as_an_error()
    {
        var (exitCode, output) = Report(OutputFormat.MsBuild, true, SampleFiles.Conflict(), SampleFiles.StatedTwice());

        exitCode.ShouldBe(ExitCodes.ProblemsFound);
        output.ShouldContain("aid/syria.claim(1,70): error CL4001: ");
        output.ShouldContain("aid/iran.claim(2,1): info CL4003: ");
    }

    [Fact]
    public void Warnings_as_errors_counts_the_warning_as_an_error_in_the_summary()
    {
        var (_, output) = Report(OutputFormat.Text, true, SampleFiles.Conflict());

        output.ShouldEndWith("1 error in 2 files\n");
    }

    [Fact]
    public void Infos_do_not_fail_the_run_even_with_warnings_as_errors() =>
        Report(OutputFormat.Text, true, SampleFiles.StatedTwice()).ExitCode.ShouldBe(ExitCodes.Success);

    [Fact]
    public void Suppressed_errors_never_fail_the_run()
    {
        var (exitCode, output) = Report(OutputFormat.Text, true,
            SampleFiles.MissingEntity().WithSuppressed(true), SampleFiles.Conflict().WithSuppressed(true));

        exitCode.ShouldBe(ExitCodes.Success);
        output.ShouldBe("no problems in 2 files (2 suppressed)\n");
    }

    [Theory]
    [InlineData("text")]
    [InlineData("msbuild")]
    [InlineData("github")]
    public void Suppressed_diagnostics_are_not_printed_in_formats_for_people_and_logs(string format)
    {
        var (_, output) = Report(OutputFormatNames.Parse(format), false, SampleFiles.Conflict().WithSuppressed(true));

        output.ShouldNotContain("CL4001");
    }

    [Theory]
    [InlineData("json")]
    [InlineData("sarif")]
    public void Suppressed_diagnostics_are_kept_in_machine_formats(string format)
    {
        var (exitCode, output) = Report(OutputFormatNames.Parse(format), false, SampleFiles.MissingEntity().WithSuppressed(true));

        exitCode.ShouldBe(ExitCodes.Success);
        output.ShouldContain("CL0001");
    }

    [Fact]
    public void Writes_to_the_output_file_instead_of_stdout()
    {
        using var folder = new TempFolder();
        var stdout = new StringWriter();
        var environment = new ClaimcEnvironment(stdout, new StringWriter(), folder.Path, UseColor: true);
        var options = new CheckOptions(["."], OutputFormat.Text, false, OutputFile: "out/report.txt");
        Directory.CreateDirectory(folder.Combine("out"));

        int exitCode = CheckRunner.Report([SampleFiles.MissingEntity()], TestReports.ByDocument(SampleFiles.Sources), options, environment);

        exitCode.ShouldBe(ExitCodes.ProblemsFound);
        stdout.ToString().ShouldBeEmpty();
        string written = File.ReadAllText(folder.Combine("out/report.txt"));
        written.ShouldStartWith("aid/iran.claim(1,25): error CL0001");
        written.ShouldNotContain("\u001b[");
    }
}
