using ClaimLang.Bench.Corpus.Numbers;
using ClaimLang.Bench.Corpus.Randomness;

namespace ClaimLang.Bench.Corpus.Claims;

/// <summary>
/// Writes an amount around a value in one of the forms analysts use: the value, <c>~</c> the
/// value, a range, or a bound on one side. Every form holds the value it is given: a claim
/// meant to agree holds the truth, a conflicting one holds its distorted figure. Ranges and
/// bounds are drawn well away from the value (8 % and more), far beyond what rounding to two
/// or three digits moves them.
/// </summary>
internal sealed class AmountWriter(SeededRandom random)
{
    /// <summary>An amount of a flow, in any form, in the given number style.</summary>
    public WrittenAmount Flow(double value, NumberStyle style) => random.NextDouble() switch
    {
        < 0.30 => Exact(value, style),
        < 0.45 => Approximate(value, style),
        < 0.67 => Range(value, random.Between(0.6, 0.92), random.Between(1.08, 1.5), style),
        < 0.79 => AtLeast(value, style, ">= "),
        < 0.82 => AtLeast(value, style, "> "),
        < 0.87 => AtMost(value, style, "<= "),
        < 0.90 => AtMost(value, style, "< "),
        _ => Exact(value, style),
    };

    /// <summary>An amount of a level: mostly the value or about it, sometimes a narrow range or a bound.</summary>
    public WrittenAmount Level(double value, NumberStyle style) => random.NextDouble() switch
    {
        < 0.45 => Exact(value, style),
        < 0.75 => Approximate(value, style),
        < 0.95 => Range(value, random.Between(0.8, 0.95), random.Between(1.05, 1.2), style),
        < 0.98 => AtLeast(value, style, ">= "),
        _ => AtMost(value, style, "<= "),
    };

    /// <summary>A two-sided amount (the value, about it, or a range): a figure that cannot slip past others as a bound could.</summary>
    public WrittenAmount TwoSided(double value, NumberStyle style) => random.NextDouble() switch
    {
        < 0.5 => Exact(value, style),
        < 0.7 => Approximate(value, style),
        _ => Range(value, random.Between(0.8, 0.95), random.Between(1.05, 1.25), style),
    };

    private WrittenAmount Exact(double value, NumberStyle style)
    {
        WrittenNumber written = NumberWriter.WriteClose(value, style, random.Between(2, 3));
        return new WrittenAmount(written.Text, written.Value, written.Value);
    }

    // ~v reads as v ± 10 %: two or three digits are always close enough.
    private WrittenAmount Approximate(double value, NumberStyle style)
    {
        WrittenNumber written = NumberWriter.Write(value, style, random.Between(2, 3));
        return new WrittenAmount("~" + written.Text, written.Value, written.Value);
    }

    private WrittenAmount Range(double value, double lowFactor, double highFactor, NumberStyle style)
    {
        int significant = random.Between(2, 3);
        WrittenNumber high = NumberWriter.Write(value * highFactor, style, significant);
        // With a scale word, people write it once, after the upper end: "14..15 billion".
        WrittenNumber low = style == NumberStyle.ScaleWord
            ? NumberWriter.WriteDigitsAt(value * lowFactor, NumberWriter.ScaleOf(value * highFactor, style), significant)
            : NumberWriter.Write(value * lowFactor, style, significant);
        return new WrittenAmount(string.Concat(low.Text, "..", high.Text), low.Value, high.Value);
    }

    private WrittenAmount AtLeast(double value, NumberStyle style, string sign)
    {
        WrittenNumber written = NumberWriter.Write(value * random.Between(0.5, 0.9), style, 2);
        return new WrittenAmount(sign + written.Text, written.Value, null);
    }

    private WrittenAmount AtMost(double value, NumberStyle style, string sign)
    {
        WrittenNumber written = NumberWriter.Write(value * random.Between(1.1, 2.0), style, 2);
        return new WrittenAmount(sign + written.Text, null, written.Value);
    }
}
