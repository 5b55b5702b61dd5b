using ClaimLang.Syntax;

namespace ClaimLang.Core.Tests.Generators;

/// <summary>
/// A generated claim and the shape its syntax node must have. <see cref="PeriodStart"/> and
/// <see cref="PeriodLength"/> locate the period's pieces, for tests that break a claim there.
/// </summary>
internal sealed record GeneratedClaim(
    IReadOnlyList<Piece> Pieces,
    string? Label,
    string Source,
    IReadOnlyList<string> Speakers,
    bool IsFlow,
    string? Metric,
    SyntaxKind AmountKind,
    string? TimeUnit,
    bool IsPeriodRange,
    IReadOnlyList<SyntaxKind> QualifierKinds,
    int PeriodStart,
    int PeriodLength) : GeneratedMember(Pieces)
{
    /// <summary>The same claim with its period left out: one syntax error.</summary>
    public IReadOnlyList<Piece> PiecesWithoutPeriod() => [.. Pieces.Take(PeriodStart), .. Pieces.Skip(PeriodStart + PeriodLength)];
}
