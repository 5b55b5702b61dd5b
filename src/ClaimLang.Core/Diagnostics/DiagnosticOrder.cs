namespace ClaimLang.Diagnostics;

/// <summary>The one order diagnostics are reported in: by file (ordinal), then position, then code.</summary>
public sealed class DiagnosticOrder : IComparer<Diagnostic>
{
    public static readonly DiagnosticOrder Instance = new();

    public int Compare(Diagnostic? x, Diagnostic? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return -1;
        if (y is null) return 1;
        int c = string.CompareOrdinal(x.Location.FilePath, y.Location.FilePath);
        if (c != 0) return c;
        c = x.Location.Span.Start.CompareTo(y.Location.Span.Start);
        if (c != 0) return c;
        c = string.CompareOrdinal(x.Id, y.Id);
        return c != 0 ? c : string.CompareOrdinal(x.Message, y.Message);
    }
}
