using System.Collections.Immutable;
using ClaimLang.Text;

namespace ClaimLang.Diagnostics;

/// <summary>
/// What a stage that looks at the whole project finds (declarations never used, labels given
/// twice): as <see cref="DiagnosticBag"/>, the first <see cref="DiagnosticLimit.PerFileAndStage"/>
/// of each file whole and the rest as code and place, but for any number of files.
/// </summary>
internal sealed class ProjectDiagnosticBag
{
    private readonly ImmutableArray<Diagnostic>.Builder _kept = ImmutableArray.CreateBuilder<Diagnostic>();
    private readonly List<(SourceDocument Document, OmittedDiagnostic Diagnostic)> _omitted = [];
    private readonly Dictionary<SourceDocument, int> _keptPerFile = [];

    /// <summary>Whether the next diagnostic of <paramref name="document"/> is kept whole.</summary>
    public bool HasRoom(SourceDocument document) => _keptPerFile.GetValueOrDefault(document) < DiagnosticLimit.PerFileAndStage;

    public void Add(Diagnostic diagnostic)
    {
        SourceDocument document = diagnostic.Location.Document;
        if (!HasRoom(document))
        {
            _omitted.Add((document, OmittedDiagnostic.Of(diagnostic)));
            return;
        }
        _kept.Add(diagnostic);
        _keptPerFile[document] = _keptPerFile.GetValueOrDefault(document) + 1;
    }

    /// <summary>A diagnostic found past the limit of its file, recorded without being made.</summary>
    public void Omit(DiagnosticDescriptor descriptor, Location location, ImmutableArray<RelatedLocation> related = default) =>
        _omitted.Add((location.Document, new OmittedDiagnostic(descriptor, location.Span.Start, related)));

    public ImmutableArray<Diagnostic> Kept => _kept.ToImmutable();

    public IReadOnlyList<(SourceDocument Document, OmittedDiagnostic Diagnostic)> Omitted => _omitted;
}
