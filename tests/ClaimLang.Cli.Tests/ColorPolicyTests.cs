using ClaimLang.Cli.Tests.TestSupport;

namespace ClaimLang.Cli.Tests;

[UseGermanCulture]
public sealed class ColorPolicyTests
{
    [Theory]
    [InlineData(false, null, true)]
    [InlineData(false, "", true)]
    [InlineData(false, "1", false)]
    [InlineData(true, null, false)]
    [InlineData(true, "1", false)]
    public void Colours_only_a_terminal_without_NO_COLOR(bool redirected, string? noColor, bool expected) =>
        ColorPolicy.ShouldUseColor(redirected, noColor).ShouldBe(expected);

    [Fact]
    public void Check_colours_text_output_only_when_the_environment_allows_it()
    {
        using var folder = new TempFolder();
        folder.Write("q.claim", "\"\n");

        Claimc.Run(folder.Path, useColor: false, "check").Stdout.ShouldNotContain("\u001b[");
        Claimc.Run(folder.Path, useColor: true, "check").Stdout.ShouldContain("\u001b[");
        Claimc.Run(folder.Path, useColor: true, "check", "-f", "msbuild").Stdout.ShouldNotContain("\u001b[");
    }
}
