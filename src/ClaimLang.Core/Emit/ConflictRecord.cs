using System.Collections.Immutable;

namespace ClaimLang.Emit;

/// <summary>One consistency finding (CL4001–CL4003) with the ids of the claims it names, the primary claim last.</summary>
public sealed record ConflictRecord(string Id, string Code, string Severity, bool Suppressed, ImmutableArray<string> Claims, string Message);
