using System.Collections.Frozen;
using System.Collections.Immutable;

namespace ClaimLang.Diagnostics;

/// <summary>
/// A diagnostic a stage found past <see cref="DiagnosticLimit.PerFileAndStage"/>: its code, for
/// the configured severity, and where it starts, for the suppression comments, which also look
/// at the related locations of the few diagnostics that have some; nothing else. Sixteen bytes:
/// a file of junk has one for every other byte.
/// </summary>
internal readonly struct OmittedDiagnostic
{
    private static readonly FrozenDictionary<DiagnosticDescriptor, ushort> Indexes =
        DiagnosticDescriptors.All.Select((descriptor, index) => (descriptor, index)).ToFrozenDictionary(d => d.descriptor, d => (ushort)d.index);

    private readonly ImmutableArray<RelatedLocation> _related;
    private readonly ushort _descriptor;

    public OmittedDiagnostic(DiagnosticDescriptor descriptor, int start, ImmutableArray<RelatedLocation> related = default)
    {
        _descriptor = Indexes[descriptor];
        Start = start;
        _related = related.IsDefaultOrEmpty ? default : related;
    }

    public DiagnosticDescriptor Descriptor => DiagnosticDescriptors.All[_descriptor];

    public int Start { get; }

    /// <summary>The related locations, empty for most.</summary>
    public ImmutableArray<RelatedLocation> Related => _related.IsDefault ? [] : _related;

    public static OmittedDiagnostic Of(Diagnostic diagnostic) => new(diagnostic.Descriptor, diagnostic.Location.Span.Start, diagnostic.RelatedLocations);
}
