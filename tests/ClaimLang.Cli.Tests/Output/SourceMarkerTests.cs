using ClaimLang.Cli.Output;
using ClaimLang.Cli.Tests.TestSupport;

namespace ClaimLang.Cli.Tests.Output;

[UseGermanCulture]
public sealed class SourceMarkerTests
{
    [Theory]
    [InlineData("abcdef", 0, 1, "^")]
    [InlineData("abcdef", 2, 5, "  ^~~")]
    [InlineData("abcdef", 2, 2, "  ^")]
    [InlineData("abcdef", 6, 6, "      ^")]
    [InlineData("abcdef", 4, 99, "    ^~")]
    [InlineData("a\tb\tc", 4, 5, " \t \t^")]
    public void Points_at_the_span(string line, int start, int end, string expected) =>
        SourceMarker.Create(line, start, end).ShouldBe(expected);

    [Fact]
    public void Counts_a_character_outside_the_basic_plane_as_one_column()
    {
        // U+1F4B0 (money bag) is two UTF-16 code units but one character on screen.
        string line = "\U0001F4B0 x";
        SourceMarker.Create(line, 3, 4).ShouldBe("  ^");
    }
}
