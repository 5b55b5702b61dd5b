using System.Globalization;
using System.Text.RegularExpressions;
using ClaimLang.Binding.Units;
using Xunit.Abstractions;

namespace ClaimLang.Core.Tests.Binding.Units;

/// <summary>
/// Cross-checks the hand-written list against an independent source: the currency .NET's culture
/// data (ICU on Linux and macOS, NLS on Windows) gives each country. A code .NET knows and the list
/// lacks is a row missing from the list.
/// </summary>
public sealed class Iso4217CultureDataCrossCheckTests(ITestOutputHelper output)
{
    /// <summary>
    /// Codes ISO has withdrawn (moved to its list of historic codes) that culture data lags behind on,
    /// with the code that replaced each. ICU 72, for one, still gives ANG for Curaçao and BGN for
    /// Bulgaria. Only these may be reported by .NET and absent from the list.
    /// </summary>
    private static readonly Dictionary<string, string> WithdrawnCodeReplacements = new(StringComparer.Ordinal)
    {
        ["ANG"] = "XCG", // Netherlands Antillean guilder, replaced 2025-03-31
        ["BGN"] = "EUR", // Bulgaria joined the euro 2026-01-01
        ["HRK"] = "EUR", // Croatia joined the euro 2023-01-01
        ["CUC"] = "CUP", // Cuba's convertible peso, withdrawn from the list
        ["SLL"] = "SLE", // Sierra Leone redenominated
        ["ZWL"] = "ZWG", // Zimbabwe dollar, replaced 2024
        ["VEF"] = "VES", // Venezuela redenominated 2018
        ["MRO"] = "MRU", // Mauritania redenominated 2018
        ["STD"] = "STN", // São Tomé and Príncipe redenominated 2018
        ["BYR"] = "BYN", // Belarus redenominated 2016
        ["LTL"] = "EUR", // Lithuania joined the euro 2015
        ["LVL"] = "EUR", // Latvia joined the euro 2014
    };

    [Fact]
    public void Every_currency_dotnet_gives_a_country_is_in_the_list()
    {
        var reported = CurrenciesReportedByCultureData();
        // Guards against a vacuous pass (e.g. invariant globalization: no cultures at all).
        reported.Count.ShouldBeGreaterThan(100);

        var missing = reported
            .Where(r => !Iso4217Table.Current.TryGet(r.Key, out _) && !WithdrawnCodeReplacements.ContainsKey(r.Key))
            .Select(r => $"{r.Key} (e.g. {r.Value})")
            .ToList();
        missing.ShouldBeEmpty("codes .NET's culture data uses that iso4217.csv lacks");

        var excused = reported.Keys.Where(WithdrawnCodeReplacements.ContainsKey).Order(StringComparer.Ordinal);
        output.WriteLine($"{reported.Count} codes from culture data; withdrawn codes it still uses: {string.Join(", ", excused)}");
    }

    [Fact]
    public void Codes_excused_as_withdrawn_are_out_of_the_list_and_their_replacements_in_it()
    {
        foreach (var (withdrawn, replacement) in WithdrawnCodeReplacements)
        {
            Iso4217Table.Current.TryGet(withdrawn, out _).ShouldBeFalse($"{withdrawn} is withdrawn");
            Iso4217Table.Current.TryGet(replacement, out _).ShouldBeTrue($"{replacement} replaced {withdrawn}");
        }
    }

    /// <summary>Code → the first culture that names it, over every specific culture whose region .NET knows.</summary>
    private static SortedDictionary<string, string> CurrenciesReportedByCultureData()
    {
        var codes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var culture in CultureInfo.GetCultures(CultureTypes.SpecificCultures))
        {
            var code = TryGetCurrencyCode(culture);
            // Regions without a currency of their own (en-001, "world") give "¤¤" or similar.
            if (code is not null && Regex.IsMatch(code, "^[A-Z]{3}$")) codes.TryAdd(code, culture.Name);
        }
        return codes;
    }

    private static string? TryGetCurrencyCode(CultureInfo culture)
    {
        try
        {
            return new RegionInfo(culture.Name).ISOCurrencySymbol;
        }
        catch (ArgumentException)
        {
            return null; // a culture .NET lists but has no region data for
        }
    }
}
