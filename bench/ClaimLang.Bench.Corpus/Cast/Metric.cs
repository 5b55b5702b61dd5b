namespace ClaimLang.Bench.Corpus.Cast;

/// <summary>
/// What claims measure, with the range true values are drawn from: for a flow, a year's amount;
/// for a level, the level itself.
/// </summary>
/// <param name="IsBuiltIn">The built-in <c>transfer</c>: not declared, and claims leave its name out.</param>
public sealed record Metric(string Name, string DisplayName, bool IsFlow, string Unit, double TypicalLow, double TypicalHigh,
    double? Min = null, double? Max = null, bool IsBuiltIn = false);
