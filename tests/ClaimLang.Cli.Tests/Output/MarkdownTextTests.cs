using ClaimLang.Cli.Output;
using ClaimLang.Cli.Tests.TestSupport;

namespace ClaimLang.Cli.Tests.Output;

[UseGermanCulture]
public sealed class MarkdownTextTests
{
    [Theory]
    [InlineData("36e9", "`36e9`")]
    [InlineData("a `b` c", "``a `b` c``")]
    [InlineData("```x``", "```` ```x`` ````")]
    [InlineData("`", "`` ` ``")]
    [InlineData("a|b\nc", "`a\\|b c`")]
    public void Fences_a_code_span_with_more_backticks_than_any_run_inside(string text, string expected) =>
        MarkdownText.Code(text).ShouldBe(expected);

    [Fact]
    public void Makes_plain_text_inert()
    {
        string text = MarkdownText.Text("hi @someone ![x](http://a) <img src=x> **b** | ~~s~~ $x$ &#64;y\nnext");

        text.ShouldBe("hi @&#8203;someone \\!\\[x\\](http:&#8203;//a) \\<img src=x> \\*\\*b\\*\\* \\| \\~\\~s\\~\\~ \\$x\\$ \\&\\#64;y next");
    }

    [Fact]
    public void Leaves_ordinary_claim_text_as_it_is()
    {
        MarkdownText.Text("BBC says Iran -> Syria aid 36e9 USD 2011-01-01..2016-12-31")
            .ShouldBe("BBC says Iran -> Syria aid 36e9 USD 2011-01-01..2016-12-31");
    }
}
