namespace ClaimLang.Binding.Meaning;

/// <summary>The values an amount admits, after rounding or approximation; a null end is open (a bound such as <c>&gt;= 12e9</c>).</summary>
public readonly record struct AmountInterval(Rational? Low, Rational? High)
{
    public AmountInterval Times(Rational factor) => new(Low * factor, High * factor);

    public bool Intersects(AmountInterval other) =>
        !(Low is { } low && other.High is { } otherHigh && low > otherHigh)
        && !(High is { } high && other.Low is { } otherLow && high < otherLow);

    /// <summary><c>35.5e9..36.5e9</c>, <c>&gt;= 11.5e9</c>, <c>&lt;= 6.5e9</c>.</summary>
    public override string ToString() => (Low, High) switch
    {
        ({ } low, { } high) when low == high => low.ToString(),
        ({ } low, { } high) => $"{low}..{high}",
        ({ } low, null) => $">= {low}",
        (null, { } high) => $"<= {high}",
        _ => "any amount",
    };
}
