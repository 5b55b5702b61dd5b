using ClaimLang.LanguageServer.Handlers;
using ClaimLang.LanguageServer.Protocol;
using ClaimLang.Text;

namespace ClaimLang.LanguageServer.Tests.Handlers;

/// <summary>
/// LspConversions.ToOffset, which every request that takes a position goes through: a position in
/// the document is its offset, a character past its line's end is the line's end, and a line
/// outside the document is the client's error (InvalidParams).
/// </summary>
public sealed class LspConversionsTests
{
    private static readonly SourceText Text = SourceText.From("ab\r\ncd😀\nef");

    private static int Offset(int line, int character) => LspConversions.ToOffset(Text, new LspPosition(line, character), "file:///a.claim");

    [Fact]
    public void A_position_in_the_document_is_its_offset_in_UTF16_code_units()
    {
        Offset(0, 1).ShouldBe(1);
        Offset(1, 2).ShouldBe(6);
        Offset(1, 4).ShouldBe(8);
        Offset(2, 2).ShouldBe(11);
    }

    [Fact]
    public void A_character_past_the_end_of_its_line_is_the_line_end()
    {
        Offset(0, 9).ShouldBe(2);
        Offset(2, 9).ShouldBe(11);
    }

    [Fact]
    public void The_largest_character_the_protocol_allows_is_the_line_end_on_every_line()
    {
        Offset(1, int.MaxValue).ShouldBe(8);
    }

    [Theory]
    [InlineData(3, 0)]
    [InlineData(int.MaxValue, 0)]
    [InlineData(-1, 0)]
    [InlineData(0, -1)]
    public void A_position_outside_the_document_is_invalid_params(int line, int character)
    {
        LspRequestException error = Should.Throw<LspRequestException>(() => Offset(line, character));

        error.Code.ShouldBe(LspErrorCodes.InvalidParams);
        error.Message.ShouldContain("file:///a.claim");
    }
}
