using ClaimLang.Cli.Tests.TestSupport;

namespace ClaimLang.Cli.Tests.EndToEnd;

/// <summary>claimc check compiles all files as one project: names, values, units and time are checked across files.</summary>
[UseGermanCulture]
public sealed class ProjectCheckEndToEndTests : IDisposable
{
    private const string Declarations = "source BBC_Persian \"BBC Persian\"\nentity Iran\nentity Syria\nmetric aid { kind flow  unit USD }\n";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Names_declared_in_another_file_resolve_and_mistakes_are_reported_with_suggestions()
    {
        _folder.Write("decls.claim", Declarations);
        _folder.Write("aid/claims.claim",
            "source BBC_Persian says Iran -> Syria aid 36e9 USD 2011..2016\nsource BBC_Persian says Iran -> Syira aid 14..15 billion USD 2017..2011\n");

        CliResult result = Claimc.Run(_folder.Path, "check", "--format", "msbuild");

        result.ExitCode.ShouldBe(1);
        result.Stdout.ShouldBe(
            "aid/claims.claim(2,33): error CL1001: 'Syira' is not declared; did you mean 'Syria'?\n" +
            "aid/claims.claim(2,62): error CL3001: the period 2017..2011 ends before it starts\n");
    }

    [Fact]
    public void The_configuration_sets_severities_and_tolerances_for_the_whole_project()
    {
        _folder.Write("claimlang.json", "{ \"diagnostics\": { \"CL1004\": \"none\", \"CL2004\": \"warning\" } }");
        _folder.Write("decls.claim", Declarations + "entity Egypt\n");
        _folder.Write("claims.claim", "source BBC_Persian says Iran -> Syria aid -5 USD 2018\n");

        CliResult result = Claimc.Run(_folder.Path, "check", "--format", "msbuild");

        result.ExitCode.ShouldBe(0);
        result.Stdout.ShouldBe(
            "claims.claim(1,43): warning CL2004: -5 USD is below aid's min 0 (a flow is never negative unless the metric's min allows it)\n");
    }

    [Fact]
    public void A_suppressed_finding_does_not_fail_the_run()
    {
        _folder.Write("decls.claim", Declarations);
        _folder.Write("claims.claim",
            "// claimlang-ignore CL3001 the source swapped the years\nsource BBC_Persian says Iran -> Syria aid 5e9 USD 2017..2011\n");

        CliResult result = Claimc.Run(_folder.Path, "check");

        result.ExitCode.ShouldBe(0);
        result.Stdout.ShouldNotContain("CL3001");
    }
}
