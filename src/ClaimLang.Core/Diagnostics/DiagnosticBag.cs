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
    // Whether each list holds its diagnostics in the order of their starts (the lexer reports
    // in source order), so that HasStartAt can search instead of reading them all.
    private bool _keptInOrder = true;
    private bool _omittedInOrder = true;

    /// <summary>Whether the next diagnostic is kept whole.</summary>
    public bool HasRoom => _kept.Count < DiagnosticLimit.PerFileAndStage;

    public IReadOnlyList<Diagnostic> Kept => _kept;

    public IReadOnlyList<OmittedDiagnostic> Omitted => _omitted;

    public void Add(Diagnostic diagnostic)
    {
        if (!HasRoom)
        {
            Omit(OmittedDiagnostic.Of(diagnostic));
            return;
        }
        _keptInOrder &= _kept.Count == 0 || _kept[^1].Location.Span.Start <= diagnostic.Location.Span.Start;
        _kept.Add(diagnostic);
    }

    /// <summary>A diagnostic found past the limit, recorded without being made.</summary>
    public void Omit(DiagnosticDescriptor descriptor, TextSpan span) => Omit(new OmittedDiagnostic(descriptor, span.Start));

    private void Omit(OmittedDiagnostic omitted)
    {
        _omittedInOrder &= _omitted.Count == 0 || _omitted[^1].Start <= omitted.Start;
        _omitted.Add(omitted);
    }

    /// <summary>What <paramref name="other"/> found, after what this bag holds, as if found here.</summary>
    public void AddAll(DiagnosticBag other)
    {
        foreach (Diagnostic diagnostic in other._kept) Add(diagnostic);
        foreach (OmittedDiagnostic omitted in other._omitted) Omit(omitted);
    }

    /// <summary>Whether a diagnostic found so far, kept or not, starts at <paramref name="start"/>.</summary>
    public bool HasStartAt(int start)
    {
        if (_keptInOrder ? BinarySearch(_kept.Count, i => _kept[i].Location.Span.Start, start) : _kept.Exists(d => d.Location.Span.Start == start)) return true;
        return _omittedInOrder ? BinarySearch(_omitted.Count, i => _omitted[i].Start, start) : _omitted.Exists(o => o.Start == start);
    }

    private static bool BinarySearch(int count, Func<int, int> startAt, int start)
    {
        int low = 0, high = count - 1;
        while (low <= high)
        {
            int middle = low + (high - low) / 2;
            int at = startAt(middle);
            if (at == start) return true;
            if (at < start) low = middle + 1;
            else high = middle - 1;
        }
        return false;
    }

    /// <summary>How much was found so far, to take back with <see cref="RollBack"/>.</summary>
    public (int Kept, int Omitted) Mark() => (_kept.Count, _omitted.Count);

    /// <summary>Forgets what was found after <paramref name="mark"/>.</summary>
    public void RollBack((int Kept, int Omitted) mark)
    {
        _kept.RemoveRange(mark.Kept, _kept.Count - mark.Kept);
        _omitted.RemoveRange(mark.Omitted, _omitted.Count - mark.Omitted);
        // A prefix of a list in order is in order; one that was not is still scanned, which stays right.
    }

    /// <summary>The kept diagnostics in report order, and the omitted ones.</summary>
    public (ImmutableArray<Diagnostic> Kept, ImmutableArray<OmittedDiagnostic> Omitted) ToSorted()
    {
        _kept.Sort(DiagnosticOrder.Instance);
        return ([.. _kept], [.. _omitted]);
    }
}
