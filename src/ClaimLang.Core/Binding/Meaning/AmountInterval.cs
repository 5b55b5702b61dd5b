namespace ClaimLang.Binding.Meaning;

/// <summary>The values an amount admits, after rounding or approximation; a null end is open (a bound such as <c>&gt;= 12e9</c>).</summary>
internal readonly struct AmountInterval : IEquatable<AmountInterval>
{
    // The ends are kept as plain Rationals with flags rather than as Rational?, which would pad
    // each end by a word.
    private readonly Rational _low;
    private readonly Rational _high;
    private readonly bool _hasLow;
    private readonly bool _hasHigh;

    public AmountInterval(Rational? low, Rational? high)
    {
        _low = low.GetValueOrDefault();
        _hasLow = low.HasValue;
        _high = high.GetValueOrDefault();
        _hasHigh = high.HasValue;
    }

    public Rational? Low => _hasLow ? _low : null;

    public Rational? High => _hasHigh ? _high : null;

    public AmountInterval Times(Rational factor) => new(Low * factor, High * factor);

    public bool Intersects(AmountInterval other) =>
        !(_hasLow && other._hasHigh && _low > other._high)
        && !(_hasHigh && other._hasLow && _high < other._low);

    public bool Equals(AmountInterval other) =>
        _hasLow == other._hasLow && _hasHigh == other._hasHigh && _low == other._low && _high == other._high;

    public override bool Equals(object? obj) => obj is AmountInterval other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Low, High);

    public static bool operator ==(AmountInterval left, AmountInterval right) => left.Equals(right);

    public static bool operator !=(AmountInterval left, AmountInterval right) => !left.Equals(right);

    /// <summary><c>35.5e9..36.5e9</c>, <c>&gt;= 11.5e9</c>, <c>&lt;= 6.5e9</c>.</summary>
    public override string ToString() => Text(static end => end.ToString());

    /// <summary>The same, with ends that have no finite decimal expansion rounded to a few digits: <c>≈7.33e9..≈8.67e9</c>.</summary>
    public string ToRoundedString() => Text(static end => end.ToRoundedString());

    private string Text(Func<Rational, string> end) => (Low, High) switch
    {
        ({ } low, { } high) when low == high => end(low),
        ({ } low, { } high) => $"{end(low)}..{end(high)}",
        ({ } low, null) => $">= {end(low)}",
        (null, { } high) => $"<= {end(high)}",
        _ => "any amount",
    };
}
