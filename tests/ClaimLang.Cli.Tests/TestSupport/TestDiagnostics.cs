using ClaimLang.Diagnostics;
using ClaimLang.Text;

namespace ClaimLang.Cli.Tests.TestSupport;

/// <summary>Hand-made diagnostics, so formatter tests do not depend on the parser.</summary>
public static class TestDiagnostics
{
    /// <summary>A diagnostic over the first occurrence of <paramref name="marked"/> on <paramref name="text"/>.</summary>
    public static Diagnostic At(DiagnosticDescriptor descriptor, string path, SourceText text, string marked, string message,
        params RelatedLocation[] related)
    {
        int start = text.Text.IndexOf(marked, StringComparison.Ordinal);
        if (start < 0) throw new ArgumentException($"'{marked}' is not in the text", nameof(marked));
        return At(descriptor, path, text, new TextSpan(start, marked.Length), message, related);
    }

    public static Diagnostic At(DiagnosticDescriptor descriptor, string path, SourceText text, TextSpan span, string message,
        params RelatedLocation[] related) =>
        Diagnostic.Create(descriptor, Location.Create(path, text, span), related, message);

    public static RelatedLocation Related(string path, SourceText text, string marked, string message)
    {
        int start = text.Text.IndexOf(marked, StringComparison.Ordinal);
        return new RelatedLocation(Location.Create(path, text, new TextSpan(start, marked.Length)), message);
    }
}
