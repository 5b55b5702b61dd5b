using System.Collections.Immutable;

namespace ClaimLang.Emit;

/// <summary>
/// A diagnostic as a diff compares it: its code, severity, place and message, and for a
/// consistency finding its stable id and the identities of its claims (<see cref="DatasetDiff.IdentityOf"/>),
/// which stay the same when lines move.
/// </summary>
public sealed record DiagnosticRecord(string Code, string Severity, bool Suppressed, string File, int Line, string Message,
    ImmutableArray<string> Claims)
{
    /// <summary>The finding's stable id (<c>F-…</c>); null for any other diagnostic.</summary>
    internal string? FindingId { get; init; }

    /// <summary>What stays the same across versions: the code with the claims for a finding, else the code, file and message.</summary>
    internal string Identity => Claims.IsEmpty ? $"{Code}|{File}|{Message}" : $"{Code}|{string.Join('|', Claims.Order(StringComparer.Ordinal))}";
}
