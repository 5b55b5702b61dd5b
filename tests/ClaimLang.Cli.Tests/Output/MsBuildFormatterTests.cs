using ClaimLang.Cli.Output;
using ClaimLang.Cli.Tests.TestSupport;
using ClaimLang.Diagnostics;
using ClaimLang.Text;

namespace ClaimLang.Cli.Tests.Output;

[UseGermanCulture]
public sealed class MsBuildFormatterTests
{
    [Fact]
    public void Prints_one_line_per_diagnostic_in_report_order_and_no_summary()
    {
        var report = TestReports.Create(SampleFiles.Sources, SampleFiles.Conflict(), SampleFiles.StatedTwice(), SampleFiles.MissingEntity());

        string output = TestReports.Render(new MsBuildFormatter(), report);

        output.ShouldBe(
            "aid/iran.claim(1,25): error CL0001: expected an entity name after '->', found the number '36e9'\n" +
            "aid/iran.claim(2,1): info CL4003: BBC states this twice\n" +
            "aid/syria.claim(1,70): warning CL4001: 15e9..20e9 USD/yr over 2011..2015 (5 years) is 72.5e9..102.5e9 USD in total, but BBC says at most 36.5e9 USD over 2011..2016\n");
    }

    [Fact]
    public void Leaves_out_suppressed_diagnostics()
    {
        var report = TestReports.Create(SampleFiles.Sources, SampleFiles.Conflict().WithSuppressed(true));

        TestReports.Render(new MsBuildFormatter(), report).ShouldBeEmpty();
    }

    [Fact]
    public void Escapes_a_leading_workflow_command_and_control_characters()
    {
        var text = SourceText.From("x y\n");
        var diagnostic = TestDiagnostics.At(DiagnosticDescriptors.SyntaxError, "::add-mask::x.claim", text, "y", "name '\u001b[2J\u202ex'");

        MsBuildFormatter.Format(diagnostic, DisplayPaths.AsGiven)
            .ShouldBe("\\u003a:add-mask::x.claim(1,3): error CL0001: name '\\u001b[2J\\u202ex'");
    }
}
