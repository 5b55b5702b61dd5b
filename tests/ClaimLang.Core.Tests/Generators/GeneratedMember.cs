namespace ClaimLang.Core.Tests.Generators;

/// <summary>A generated declaration or claim: its tokens, and what the parser must make of them.</summary>
internal abstract record GeneratedMember(IReadOnlyList<Piece> Pieces);
