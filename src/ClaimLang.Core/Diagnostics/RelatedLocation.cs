namespace ClaimLang.Diagnostics;

/// <summary>Another place that takes part in a diagnostic (the first declaration of a duplicate, another claim of a conflict), with a short message of its own.</summary>
public sealed record RelatedLocation(Location Location, string Message);
