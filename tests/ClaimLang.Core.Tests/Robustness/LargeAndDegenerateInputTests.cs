using System.Text;
using ClaimLang.Core.Tests.TestSupport;
using ClaimLang.Syntax;

namespace ClaimLang.Core.Tests.Robustness;

/// <summary>
/// Inputs no analyst writes but an editor or a bad checkout hands over: binary junk, huge
/// lines, deep nesting, degenerate files. Parsing must not throw (no stack overflow either:
/// that would kill the process) and must give the text back exactly.
/// </summary>
public sealed class LargeAndDegenerateInputTests
{
    private const int OneMegabyte = 1 << 20;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Random_bytes_read_as_Latin_1_round_trip(int seed) =>
        Parse.Any(Encoding.Latin1.GetString(RandomBytes(seed, 100 * 1024)));

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    public void Random_bytes_read_as_UTF8_with_replacement_characters_round_trip(int seed)
    {
        string text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false).GetString(RandomBytes(seed, 100 * 1024));
        text.ShouldContain('\uFFFD'); // the decoder did replace invalid sequences, so this covers them
        Parse.Any(text);
    }

    [Fact]
    public void A_one_megabyte_line_of_names_round_trips()
    {
        var builder = new StringBuilder(OneMegabyte + 16);
        for (int i = 0; builder.Length < OneMegabyte; i++) builder.Append("name").Append(i % 1000).Append(' ');
        SyntaxTree tree = Parse.Any(builder.ToString());
        tree.Diagnostics.Count(d => d.Id == "CL0001").ShouldBe(1, "the names are one mistake");
    }

    [Fact]
    public void A_one_megabyte_line_of_open_braces_round_trips()
    {
        SyntaxTree tree = Parse.Any(new string('{', OneMegabyte));
        tree.Diagnostics.Length.ShouldBe(1);
    }

    [Fact]
    public void Ten_thousand_nested_braces_round_trip() =>
        Parse.Any("entity Deep " + new string('{', 10_000) + " kind x " + new string('}', 10_000) + "\nsource BBC says Iran -> Syria 1 USD 2011\n");

    [Fact]
    public void Ten_thousand_nested_braces_inside_a_claim_round_trip() =>
        Parse.Any("source BBC says Iran -> " + string.Concat(Enumerable.Repeat("{\n", 10_000)) + " Syria 1 USD 2011");

    [Fact]
    public void A_hundred_thousand_source_keywords_round_trip()
    {
        SyntaxTree tree = Parse.Any(string.Concat(Enumerable.Repeat("source ", 100_000)));
        tree.Root.Members.Length.ShouldBe(100_000, "each 'source' begins a member");
    }

    [Fact]
    public void A_one_megabyte_valid_file_parses_without_diagnostics()
    {
        const string claim = "source BBC says Iran -> Syria aid 6e9..15e9 USD/yr 2011..2016 as of 2018-06-08 note \"n\"\r\n";
        var builder = new StringBuilder(OneMegabyte + claim.Length);
        while (builder.Length < OneMegabyte) builder.Append(claim);
        SyntaxTree tree = Parse.Any(builder.ToString());
        tree.Diagnostics.ShouldBeEmpty();
        tree.Root.Members.Length.ShouldBe(builder.Length / claim.Length);
    }

    private static byte[] RandomBytes(int seed, int count)
    {
        var bytes = new byte[count];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }
}
