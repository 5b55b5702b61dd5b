namespace ClaimLang.Binding.Meaning;

/// <summary>
/// What a claim measures and how its amount was read: its metric, its unit and the options
/// that read it. A file's claims share a handful of these (<see cref="ClaimMeasures"/>), so a
/// meaning holds one reference instead of three. A value, so that meanings stay equal when
/// their parts are.
/// </summary>
internal sealed record ClaimMeasure(string Metric, string Unit, MeaningOptions Options);
