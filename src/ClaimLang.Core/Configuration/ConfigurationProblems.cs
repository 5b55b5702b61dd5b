using System.Collections.Immutable;
using ClaimLang.Diagnostics;
using ClaimLang.Text;

namespace ClaimLang.Configuration;

/// <summary>Collects the CL9001 diagnostics of one configuration file, each at the span of the token at fault.</summary>
internal sealed class ConfigurationProblems(SourceDocument document, SourceText text)
{
    private readonly ImmutableArray<Diagnostic>.Builder _diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();

    public ImmutableArray<Diagnostic> Diagnostics => _diagnostics.ToImmutable();

    public void Report(TextSpan span, string message) =>
        _diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.InvalidConfiguration, Location.Create(document, text, span), message));

    /// <summary>
    /// A key given twice. JSON parsers disagree on which one wins (System.Text.Json takes the
    /// last, others the first), so the file is rejected rather than read one way silently.
    /// </summary>
    public void ReportDuplicate(JsonTreeProperty duplicate, JsonTreeProperty first)
    {
        Location firstLocation = Location.Create(document, text, first.NameSpan);
        _diagnostics.Add(Diagnostic.Create(
            DiagnosticDescriptors.InvalidConfiguration,
            Location.Create(document, text, duplicate.NameSpan),
            [new RelatedLocation(firstLocation, $"'{first.Name}' is first given here")],
            $"'{duplicate.Name}' is given twice (first on line {firstLocation.Start.Line + 1}); keep one of them"));
    }
}
