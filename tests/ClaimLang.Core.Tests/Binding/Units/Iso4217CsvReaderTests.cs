using ClaimLang.Binding.Units;

namespace ClaimLang.Core.Tests.Binding.Units;

/// <summary>The reader takes the file as written and rejects hand-editing slips with the line they are on.</summary>
public sealed class Iso4217CsvReaderTests
{
    private const string Header = "code,numeric,minor_units,name";

    [Fact]
    public void Reads_comments_header_and_rows()
    {
        var currencies = Read($"# what this is\n{Header}\nALL,008,2,Lek\r\n\nXAU,959,N.A.,Gold\n");

        currencies.ShouldBe([new Iso4217Currency("ALL", 8, 2, "Lek"), new Iso4217Currency("XAU", 959, null, "Gold")]);
    }

    [Fact]
    public void A_name_may_contain_commas() =>
        Read($"{Header}\nABC,123,2,Dollar, new\n").Single().Name.ShouldBe("Dollar, new");

    [Fact]
    public void A_name_may_contain_letters_beyond_ascii() =>
        Read($"{Header}\nVED,926,2,Bolívar Soberano\n").Single().Name.ShouldBe("Bolívar Soberano");

    [Theory]
    [InlineData("usd,840,2,US Dollar", 2, "code 'usd'")]
    [InlineData("USDX,840,2,US Dollar", 2, "code 'USDX'")]
    [InlineData("USD,84,2,US Dollar", 2, "numeric code '84'")]
    [InlineData("USD,8400,2,US Dollar", 2, "numeric code '8400'")]
    [InlineData("USD,+84,2,US Dollar", 2, "numeric code '+84'")]
    [InlineData("USD,840,NA,US Dollar", 2, "minor units 'NA'")]
    [InlineData("USD,840,,US Dollar", 2, "minor units ''")]
    [InlineData("USD,840,2,", 2, "name of USD")]
    [InlineData("USD,840,2, US Dollar", 2, "name of USD")]
    [InlineData("USD,840,2", 2, "expected 4 columns")]
    public void A_malformed_row_is_reported_with_its_line(string row, int line, string problem)
    {
        var error = Should.Throw<InvalidDataException>(() => Read($"{Header}\n{row}\n"));
        error.Message.ShouldStartWith($"iso4217.csv line {line}: ");
        error.Message.ShouldContain(problem);
    }

    [Fact]
    public void Rows_before_the_header_are_rejected() =>
        Should.Throw<InvalidDataException>(() => Read("USD,840,2,US Dollar\n"))
            .Message.ShouldContain("expected the header");

    [Fact]
    public void A_file_without_a_header_is_rejected() =>
        Should.Throw<InvalidDataException>(() => Read("# only a comment\n")).Message.ShouldContain("no header");

    private static IReadOnlyList<Iso4217Currency> Read(string text) => Iso4217CsvReader.Read(new StringReader(text));
}
