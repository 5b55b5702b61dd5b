using System.Collections.Immutable;

namespace ClaimLang.Emit;

/// <summary>What changed between two versions of a project: claims added, removed and changed, and diagnostics introduced and fixed.</summary>
public sealed record DatasetDifference(
    ImmutableArray<ClaimRecord> Added,
    ImmutableArray<ClaimRecord> Removed,
    ImmutableArray<ClaimChange> Changed,
    ImmutableArray<DiagnosticRecord> Introduced,
    ImmutableArray<DiagnosticRecord> Fixed)
{
    public bool IsEmpty => Added.IsEmpty && Removed.IsEmpty && Changed.IsEmpty && Introduced.IsEmpty && Fixed.IsEmpty;

    /// <summary>Errors that are new and not suppressed: what <c>--fail-on-new-errors</c> fails on.</summary>
    public IEnumerable<DiagnosticRecord> NewErrors => Introduced.Where(d => d.Severity == "error" && !d.Suppressed);
}
