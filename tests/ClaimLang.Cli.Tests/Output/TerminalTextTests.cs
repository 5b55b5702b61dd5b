using ClaimLang.Cli.Output;
using ClaimLang.Cli.Tests.TestSupport;

namespace ClaimLang.Cli.Tests.Output;

[UseGermanCulture]
public sealed class TerminalTextTests
{
    [Theory]
    [InlineData("plain\ttext €", "plain\ttext €")]
    [InlineData("\u001b[31mred", "\\u001b[31mred")]
    [InlineData("a\rb\nc\0d\u007fe\u009bf", "a\\u000db\\u000ac\\u0000d\\u007fe\\u009bf")]
    [InlineData("\u202ecba\u2066\u200f", "\\u202ecba\\u2066\\u200f")]
    [InlineData("x ##[add-mask]y", "x #\\u0023[add-mask]y")]
    public void Escapes_what_a_terminal_or_a_CI_log_would_act_on(string text, string expected) =>
        TerminalText.Escape(text).ShouldBe(expected);

    [Theory]
    [InlineData("::error::x", "\\u003a:error::x")]
    [InlineData("  ::add-mask::x", "  \\u003a:add-mask::x")]
    [InlineData("a::b", "a::b")]
    [InlineData(":a", ":a")]
    public void Escapes_a_line_that_would_start_a_workflow_command(string text, string expected) =>
        TerminalText.LineStart(text).ShouldBe(expected);
}
