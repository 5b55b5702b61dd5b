using ClaimLang.Cli.Tests.TestSupport;

namespace ClaimLang.Cli.Tests.CommandLine;

[UseGermanCulture]
public sealed class CommandLineTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Version_prints_the_informational_version()
    {
        CliResult result = Claimc.Run(_folder.Path, "--version");

        result.ExitCode.ShouldBe(0);
        result.Stdout.ShouldBe("0.1.0\n");
        result.Stderr.ShouldBeEmpty();
    }

    [Fact]
    public void Help_describes_the_commands()
    {
        CliResult result = Claimc.Run(_folder.Path, "--help");

        result.ExitCode.ShouldBe(0);
        result.Stdout.ShouldContain("claimc [command] [options]");
        result.Stdout.ShouldContain("check");
        result.Stdout.ShouldContain("explain");
        result.Stdout.ShouldContain("--version");
    }

    [Fact]
    public void Check_help_describes_every_option()
    {
        CliResult result = Claimc.Run(_folder.Path, "check", "--help");

        result.ExitCode.ShouldBe(0);
        result.Stdout.ShouldContain("claimc check [<PATH>...] [options]");
        result.Stdout.ShouldContain("--format <text|msbuild|json|sarif|github>");
        result.Stdout.ShouldContain("--warnaserror");
        result.Stdout.ShouldContain("-o, --output <FILE>");
        result.Stdout.ShouldContain("Exit code 0");
    }

    [Fact]
    public void No_arguments_shows_the_help_and_is_a_usage_error()
    {
        CliResult result = Claimc.Run(_folder.Path);

        result.ExitCode.ShouldBe(2);
        result.Stdout.ShouldBeEmpty();
        result.Stderr.ShouldContain("claimc [command] [options]");
    }

    [Theory]
    [InlineData("check", "--bogus")]
    [InlineData("check", "--warnaserorr", ".")]
    [InlineData("--bogus")]
    [InlineData("chek")]
    [InlineData("check", "--format", "xml")]
    [InlineData("check", "--output")]
    [InlineData("explain", "CL0001", "--list")]
    [InlineData("explain", "CL0001", "CL0002")]
    public void Usage_errors_exit_with_2_a_message_and_a_hint_but_no_stack_trace(params string[] args)
    {
        CliResult result = Claimc.Run(_folder.Path, args);

        result.ExitCode.ShouldBe(2);
        result.Stdout.ShouldBeEmpty();
        result.Stderr.ShouldStartWith("claimc: error: ");
        result.Stderr.ShouldContain("--help' for usage.");
        result.Stderr.ShouldNotContain(" at ");
        result.Stderr.ShouldNotContain("Exception");
    }

    [Fact]
    public void An_unknown_option_is_named_in_english_whatever_the_ui_culture()
    {
        CliResult result = Claimc.Run(_folder.Path, "check", "--bogus");

        result.Stderr.ShouldBe("claimc: error: unknown option '--bogus'\nRun 'claimc check --help' for usage.\n");
    }

    [Fact]
    public void An_unknown_command_is_reported_in_english_whatever_the_ui_culture()
    {
        CliResult result = Claimc.Run(_folder.Path, "chek");

        result.Stderr.ShouldContain("claimc: error: Unrecognized command or argument 'chek'.");
        result.Stderr.ShouldEndWith("Run 'claimc --help' for usage.\n");
    }

    [Fact]
    public void A_bad_format_lists_the_formats()
    {
        CliResult result = Claimc.Run(_folder.Path, "check", "--format", "xml");

        result.Stderr.ShouldContain("'xml'");
        foreach (string format in new[] { "text", "msbuild", "json", "sarif", "github" }) result.Stderr.ShouldContain($"'{format}'");
    }
}
