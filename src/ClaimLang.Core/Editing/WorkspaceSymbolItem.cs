using ClaimLang.Diagnostics;

namespace ClaimLang.Editing;

/// <summary>One answer of a project-wide symbol search: a declaration or a labelled claim.</summary>
/// <param name="Name">The declared name or the claim's label.</param>
/// <param name="Kind">What it stands for.</param>
/// <param name="Location">Where the name or label is written.</param>
/// <param name="ContainerName">The file it is in (its path as the compilation knows it).</param>
public sealed record WorkspaceSymbolItem(string Name, EditorSymbolKind Kind, Location Location, string? ContainerName);
