using System.Reflection;

namespace ClaimLang.Core.Tests.Catalogue;

/// <summary>
/// The core's public types are the ones claimc and the language server use; everything else is
/// internal, seen by the tests and benchmarks through InternalsVisibleTo. This list makes a new
/// public type a decision rather than an accident.
/// </summary>
public sealed class PublicSurfaceTests
{
    // Sorted ordinally, as the test compares them.
    private static readonly string[] Approved =
    [
        "ClaimLang.Binding.Meaning.MeaningOptions",
        "ClaimLang.Binding.Meaning.Rational",
        "ClaimLang.Binding.Symbol",
        "ClaimLang.Compilation.ClaimCompilation",
        "ClaimLang.Compilation.ClaimProject",
        "ClaimLang.Compilation.CompilationOptions",
        "ClaimLang.Compilation.FolderPaths",
        "ClaimLang.Compilation.IProjectLoadProgress",
        "ClaimLang.Compilation.PathLengthLimit",
        "ClaimLang.Compilation.ProjectLayout",
        "ClaimLang.Compilation.ProjectReadFailure",
        "ClaimLang.Compilation.SemanticModel",
        "ClaimLang.Compilation.SourceFileDiscovery",
        "ClaimLang.Configuration.ClaimLangConfiguration",
        "ClaimLang.Configuration.ConfigurationLoadResult",
        "ClaimLang.Diagnostics.Diagnostic",
        "ClaimLang.Diagnostics.DiagnosticDescriptor",
        "ClaimLang.Diagnostics.DiagnosticDescriptors",
        "ClaimLang.Diagnostics.DiagnosticLimit",
        "ClaimLang.Diagnostics.DiagnosticOrder",
        "ClaimLang.Diagnostics.DiagnosticSeverity",
        "ClaimLang.Diagnostics.DiagnosticSeverityText",
        "ClaimLang.Diagnostics.Location",
        "ClaimLang.Diagnostics.OmittedDiagnosticCount",
        "ClaimLang.Diagnostics.RelatedLocation",
        "ClaimLang.Editing.ClassifiedSpan",
        "ClaimLang.Editing.CodeFix",
        "ClaimLang.Editing.CodeFixes",
        "ClaimLang.Editing.CompletionItem",
        "ClaimLang.Editing.CompletionItemKind",
        "ClaimLang.Editing.CompletionList",
        "ClaimLang.Editing.Completions",
        "ClaimLang.Editing.DocumentSymbolItem",
        "ClaimLang.Editing.DocumentSymbols",
        "ClaimLang.Editing.EditorSymbolKind",
        "ClaimLang.Editing.FileTextChange",
        "ClaimLang.Editing.HoverInfo",
        "ClaimLang.Editing.HoverProvider",
        "ClaimLang.Editing.Navigation",
        "ClaimLang.Editing.RenameResult",
        "ClaimLang.Editing.RenameTarget",
        "ClaimLang.Editing.Renamer",
        "ClaimLang.Editing.SemanticClass",
        "ClaimLang.Editing.SemanticClassifier",
        "ClaimLang.Editing.WorkspaceSymbolItem",
        "ClaimLang.Editing.WorkspaceSymbols",
        "ClaimLang.Emit.CellText",
        "ClaimLang.Emit.ClaimChange",
        "ClaimLang.Emit.ClaimRecord",
        "ClaimLang.Emit.ConflictRecord",
        "ClaimLang.Emit.Dataset",
        "ClaimLang.Emit.DatasetBuilder",
        "ClaimLang.Emit.DatasetDiff",
        "ClaimLang.Emit.DatasetDifference",
        "ClaimLang.Emit.DatasetWriter",
        "ClaimLang.Emit.DeclarationRecord",
        "ClaimLang.Emit.DiagnosticRecord",
        "ClaimLang.Formatting.ClaimFormatter",
        "ClaimLang.Formatting.FormattingResult",
        "ClaimLang.Syntax.SyntaxTree",
        "ClaimLang.Text.LinePosition",
        "ClaimLang.Text.LinePositionSpan",
        "ClaimLang.Text.SourceDocument",
        "ClaimLang.Text.SourceFile",
        "ClaimLang.Text.SourceFileEncoding",
        "ClaimLang.Text.SourceText",
        "ClaimLang.Text.TextChange",
        "ClaimLang.Text.TextSpan",
        "ClaimLang.Text.UnixFileStatus",
    ];

    [Fact]
    public void The_core_exports_exactly_the_approved_types()
    {
        Assembly core = typeof(ClaimLang.Compilation.ClaimCompilation).Assembly;
        string[] exported = [.. core.GetExportedTypes().Select(t => t.FullName!).Order(StringComparer.Ordinal)];

        string[] added = [.. exported.Except(Approved, StringComparer.Ordinal)];
        string[] removed = [.. Approved.Except(exported, StringComparer.Ordinal)];
        added.ShouldBeEmpty(
            "these types became public. A public type needs a host (claimc or the language server) that uses it: "
            + "make it internal, or add it to the approved list here deliberately.");
        removed.ShouldBeEmpty("these approved types are no longer public: take them off the list.");
        Approved.ShouldBe([.. Approved.Order(StringComparer.Ordinal)], "keep the approved list sorted");
    }
}
