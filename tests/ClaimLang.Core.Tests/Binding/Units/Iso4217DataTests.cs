using System.Text.RegularExpressions;
using ClaimLang.Binding.Units;

namespace ClaimLang.Core.Tests.Binding.Units;

/// <summary>The embedded ISO 4217 list is complete, well-formed and right where analysts depend on it.</summary>
public sealed class Iso4217DataTests
{
    private static IReadOnlyList<Iso4217Currency> Currencies => Iso4217Table.Current.Currencies;

    [Fact]
    public void The_list_has_every_active_code_of_the_2026_list()
    {
        // Pinned so that an edit which loses or duplicates rows cannot pass unnoticed: when ISO
        // amends the list, change this number together with the date in the file's header.
        Currencies.Count.ShouldBe(178);
    }

    [Fact]
    public void Every_data_line_is_written_code_numeric_minor_units_name()
    {
        // Checked on the raw text, independently of Iso4217CsvReader, so that a lenient reader
        // cannot hide a badly written line (a two-digit numeric code, a lowercase code).
        var row = new Regex(@"^[A-Z]{3},[0-9]{3},([0-9]|N\.A\.),\S(.*\S)?$");
        var dataLines = DataLines().ToList();
        dataLines.Count.ShouldBe(Currencies.Count);
        dataLines.Where(line => !row.IsMatch(line)).ShouldBeEmpty();
    }

    [Fact]
    public void The_file_says_what_it_is_and_where_the_list_comes_from()
    {
        var firstLine = Iso4217Table.ReadEmbeddedText().Split('\n')[0];
        firstLine.ShouldStartWith("# ISO 4217");
        firstLine.ShouldContain("SIX");
        firstLine.ShouldContain("funds");
    }

    [Fact]
    public void Alphabetic_codes_are_unique_and_three_uppercase_letters()
    {
        Currencies.Select(c => c.Code).ShouldBeUnique();
        Currencies.Where(c => !Regex.IsMatch(c.Code, "^[A-Z]{3}$")).ShouldBeEmpty();
    }

    [Fact]
    public void Numeric_codes_are_unique_and_have_three_digits()
    {
        Currencies.Select(c => c.NumericCode).ShouldBeUnique();
        Currencies.Where(c => c.NumericCode is < 1 or > 999).ShouldBeEmpty();
        Currencies.Where(c => c.NumericCodeText.Length != 3).ShouldBeEmpty();
    }

    [Fact]
    public void Codes_are_in_alphabetical_order_so_a_missing_one_is_easy_to_spot()
    {
        Currencies.Select(c => c.Code).ShouldBe(Currencies.Select(c => c.Code).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("USD", 840, 2, "US Dollar")]
    [InlineData("EUR", 978, 2, "Euro")]
    [InlineData("GBP", 826, 2, "Pound Sterling")]
    [InlineData("IRR", 364, 2, "Iranian Rial")]
    [InlineData("SYP", 760, 2, "Syrian Pound")]
    [InlineData("ALL", 8, 2, "Lek")]
    [InlineData("JPY", 392, 0, "Yen")]
    [InlineData("BHD", 48, 3, "Bahraini Dinar")]
    [InlineData("CLF", 990, 4, "Unidad de Fomento")]
    [InlineData("XCG", 532, 2, "Caribbean Guilder")]
    [InlineData("ZWG", 924, 2, "Zimbabwe Gold")]
    [InlineData("XAD", 396, 2, "Arab Accounting Dinar")]
    public void Currencies_have_their_ISO_numeric_code_and_minor_units(string code, int numeric, int minorUnits, string name)
    {
        Iso4217Table.Current.TryGet(code, out var currency).ShouldBeTrue();
        currency.ShouldBe(new Iso4217Currency(code, numeric, minorUnits, name));
    }

    [Theory]
    [InlineData("XAU", 959)]
    [InlineData("XAG", 961)]
    [InlineData("XPT", 962)]
    [InlineData("XPD", 964)]
    [InlineData("XDR", 960)]
    [InlineData("XTS", 963)]
    [InlineData("XXX", 999)]
    public void Metals_SDR_and_special_codes_are_listed_without_minor_units(string code, int numeric)
    {
        Iso4217Table.Current.TryGet(code, out var currency).ShouldBeTrue();
        currency.NumericCode.ShouldBe(numeric);
        currency.MinorUnits.ShouldBeNull();
    }

    [Theory]
    [InlineData("XOF")]
    [InlineData("XAF")]
    [InlineData("XPF")]
    [InlineData("XCD")]
    [InlineData("BOV")]
    [InlineData("CHE")]
    [InlineData("CHW")]
    [InlineData("COU")]
    [InlineData("MXV")]
    [InlineData("USN")]
    [InlineData("UYI")]
    [InlineData("UYW")]
    public void Regional_currencies_and_funds_codes_are_listed(string code) =>
        Iso4217Table.Current.TryGet(code, out _).ShouldBeTrue();

    [Fact]
    public void Numeric_code_text_keeps_leading_zeros() =>
        new Iso4217Currency("ALL", 8, 2, "Lek").NumericCodeText.ShouldBe("008");

    private static IEnumerable<string> DataLines() =>
        Iso4217Table.ReadEmbeddedText()
            .ReplaceLineEndings("\n")
            .Split('\n')
            .Where(line => line.Length > 0 && !line.StartsWith('#') && line != Iso4217CsvReader.Header);
}
