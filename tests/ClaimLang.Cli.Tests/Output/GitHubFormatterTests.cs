using ClaimLang.Cli.Output;
using ClaimLang.Cli.Tests.TestSupport;
using ClaimLang.Diagnostics;
using ClaimLang.Text;

namespace ClaimLang.Cli.Tests.Output;

[UseGermanCulture]
public sealed class GitHubFormatterTests
{
    [Fact]
    public void Writes_one_workflow_command_per_diagnostic_by_severity()
    {
        var report = TestReports.Create(SampleFiles.Sources, SampleFiles.MissingEntity(), SampleFiles.Conflict(), SampleFiles.StatedTwice());

        string output = TestReports.Render(new GitHubFormatter(), report);

        output.ShouldBe(
            "::error file=aid/iran.claim,line=1,col=25,endLine=1,endColumn=28,title=CL0001::expected an entity name after '->', found the number '36e9'\n" +
            "::notice file=aid/iran.claim,line=2,col=1,endLine=2,endColumn=3,title=CL4003::BBC states this twice\n" +
            "::warning file=aid/syria.claim,line=1,col=70,endLine=1,endColumn=79,title=CL4001::15e9..20e9 USD/yr over 2011..2015 (5 years) is 72.5e9..102.5e9 USD in total, but BBC says at most 36.5e9 USD over 2011..2016\n");
    }

    [Fact]
    public void Escapes_the_message_and_the_properties()
    {
        var text = SourceText.From("x y\n");
        var diagnostic = TestDiagnostics.At(DiagnosticDescriptors.SyntaxError, "odd,name:1.claim", text, "y", "50% of\r\nthe: rest, here");

        string line = GitHubFormatter.Format(diagnostic, DisplayPaths.AsGiven);

        line.ShouldBe("::error file=odd%2Cname%3A1.claim,line=1,col=3,endLine=1,endColumn=3,title=CL0001::50%25 of%0D%0Athe: rest, here");
    }

    [Fact]
    public void Escapes_control_and_bidi_characters_in_the_message_and_the_file()
    {
        var text = SourceText.From("x y\n");
        var diagnostic = TestDiagnostics.At(DiagnosticDescriptors.SyntaxError, "a\u001bb.claim", text, "y", "name '\u001b[31mx\u202e' 100%\n::add-mask::s");

        GitHubFormatter.Format(diagnostic, DisplayPaths.AsGiven).ShouldBe(
            "::error file=a\\u001bb.claim,line=1,col=3,endLine=1,endColumn=3,title=CL0001::name '\\u001b[31mx\\u202e' 100%25%0A::add-mask::s");
    }

    [Fact]
    public void Gives_only_lines_for_a_span_over_several_lines()
    {
        // GitHub rejects column properties on an annotation that spans lines.
        var text = SourceText.From("note \"abc\nmore\n");
        var diagnostic = TestDiagnostics.At(DiagnosticDescriptors.Unterminated, "m.claim", text, TextSpan.FromBounds(5, 13), "unterminated string");

        GitHubFormatter.Format(diagnostic, DisplayPaths.AsGiven).ShouldBe("::error file=m.claim,line=1,endLine=2,title=CL0002::unterminated string");
    }

    [Fact]
    public void Gives_an_empty_span_the_same_start_and_end_column()
    {
        var text = SourceText.From("abc\n");
        var diagnostic = TestDiagnostics.At(DiagnosticDescriptors.SyntaxError, "e.claim", text, new TextSpan(3, 0), "expected a name");

        GitHubFormatter.Format(diagnostic, DisplayPaths.AsGiven).ShouldBe("::error file=e.claim,line=1,col=4,endLine=1,endColumn=4,title=CL0001::expected a name");
    }

    [Fact]
    public void Leaves_out_suppressed_diagnostics()
    {
        var report = TestReports.Create(SampleFiles.Sources, SampleFiles.Conflict().WithSuppressed(true));

        TestReports.Render(new GitHubFormatter(), report).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("a%b", "a%25b", "a%25b")]
    [InlineData("a\rb\nc", "a%0Db%0Ac", "a%0Db%0Ac")]
    [InlineData("a:b,c", "a:b,c", "a%3Ab%2Cc")]
    public void Escapes_as_the_actions_toolkit_does(string value, string asData, string asProperty)
    {
        GitHubEscaping.EscapeData(value).ShouldBe(asData);
        GitHubEscaping.EscapeProperty(value).ShouldBe(asProperty);
    }
}
