using System.Collections.Immutable;
using ClaimLang.Text;

namespace ClaimLang.Diagnostics;

/// <summary>
/// What one stage finds in one file: the first <see cref="DiagnosticLimit.PerFileAndStage"/>
/// diagnostics whole, then only the code and place of each (<see cref="OmittedDiagnostic"/>).
/// A stage that finds many asks <see cref="HasRoom"/> first, and past the limit never words a
/// message or makes a location at all.
/// </summary>
internal sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _kept = [];
    private readonly List<OmittedDiagnostic> _omitted = [];

    /// <summary>Whether the next diagnostic is kept whole.</summary>
    public bool HasRoom => _kept.Count < DiagnosticLimit.PerFileAndStage;

    public IReadOnlyList<Diagnostic> Kept => _kept;

    public IReadOnlyList<OmittedDiagnostic> Omitted => _omitted;

    public void Add(Diagnostic diagnostic)
    {
        if (HasRoom) _kept.Add(diagnostic);
        else _omitted.Add(OmittedDiagnostic.Of(diagnostic));
    }

    /// <summary>A diagnostic found past the limit, recorded without being made.</summary>
    public void Omit(DiagnosticDescriptor descriptor, TextSpan span) => _omitted.Add(new OmittedDiagnostic(descriptor, span.Start));

    /// <summary>Where every diagnostic found so far starts, kept or not.</summary>
    public IEnumerable<int> Starts => _kept.Select(d => d.Location.Span.Start).Concat(_omitted.Select(o => o.Start));

    /// <summary>How much was found so far, to take back with <see cref="RollBack"/>.</summary>
    public (int Kept, int Omitted) Mark() => (_kept.Count, _omitted.Count);

    /// <summary>Forgets what was found after <paramref name="mark"/>.</summary>
    public void RollBack((int Kept, int Omitted) mark)
    {
        _kept.RemoveRange(mark.Kept, _kept.Count - mark.Kept);
        _omitted.RemoveRange(mark.Omitted, _omitted.Count - mark.Omitted);
    }

    /// <summary>The kept diagnostics in report order, and the omitted ones.</summary>
    public (ImmutableArray<Diagnostic> Kept, ImmutableArray<OmittedDiagnostic> Omitted) ToSorted()
    {
        _kept.Sort(DiagnosticOrder.Instance);
        return ([.. _kept], [.. _omitted]);
    }
}
