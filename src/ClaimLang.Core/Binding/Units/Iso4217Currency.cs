using System.Globalization;

namespace ClaimLang.Binding.Units;

/// <summary>One row of ISO 4217's list of current currencies and funds (embedded as iso4217.csv).</summary>
/// <param name="Code">The alphabetic code, e.g. <c>USD</c>: the name of the built-in unit.</param>
/// <param name="NumericCode">The numeric code, e.g. 840 (written with three digits: 008 is 8).</param>
/// <param name="MinorUnits">Digits after the decimal point, or null where the list says N.A. (gold, SDR, XXX...).</param>
/// <param name="Name">The currency's name as the list spells it, e.g. <c>US Dollar</c>.</param>
internal sealed record Iso4217Currency(string Code, int NumericCode, int? MinorUnits, string Name)
{
    /// <summary>The numeric code as ISO writes it, three digits with leading zeros (<c>008</c>).</summary>
    public string NumericCodeText => NumericCode.ToString("D3", CultureInfo.InvariantCulture);
}
