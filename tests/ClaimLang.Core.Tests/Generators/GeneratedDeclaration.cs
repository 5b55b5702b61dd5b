using ClaimLang.Syntax;

namespace ClaimLang.Core.Tests.Generators;

/// <summary>A generated declaration; <see cref="AttributeNames"/> is null when it has no attribute block.</summary>
internal sealed record GeneratedDeclaration(
    IReadOnlyList<Piece> Pieces,
    DeclarationKind Kind,
    string Name,
    bool HasDisplayName,
    IReadOnlyList<string>? AttributeNames) : GeneratedMember(Pieces);
