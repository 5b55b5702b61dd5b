namespace ClaimLang.Bench.Corpus.Cast;

/// <summary>An outlet, agency or office that reports figures.</summary>
/// <param name="Published">A month, yyyy-MM, after every claim's <c>as of</c> (no CL3003).</param>
/// <param name="Reliability">An Admiralty grade, A..F.</param>
public sealed record Source(string Name, string DisplayName, string Kind, string Published, string? Url, char Reliability);
