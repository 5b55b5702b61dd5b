using System.Collections.Immutable;

namespace ClaimLang.Syntax;

/// <summary>
/// Copies a member node into another tree whose token table holds the same tokens at indices
/// moved by a fixed amount. Nodes keep only token indices and their children, so a copy is a
/// handful of small objects: no parsing. The incremental parser copies every member an edit
/// did not touch.
/// </summary>
internal sealed class MemberCopier(SyntaxTree tree, int shift)
{
    public MemberSyntax Copy(MemberSyntax member) => member switch
    {
        ClaimSyntax claim => Copy(claim),
        DeclarationSyntax declaration => Copy(declaration),
        _ => throw new InvalidOperationException($"Unknown member {member.Kind}."),
    };

    private SyntaxToken T(SyntaxToken token) => new(tree, token.Index + shift);

    private SyntaxToken? T(SyntaxToken? token) => token is { } present ? T(present) : null;

    private ClaimSyntax Copy(ClaimSyntax claim) => new(
        claim.Label is { } label ? new ClaimLabelSyntax(T(label.Identifier), T(label.Colon)) : null,
        claim.SourceKeywordIndex + shift,
        [.. claim.Speakers.Select(s => new QuotingClauseSyntax(T(s.QuotingKeyword), T(s.Speaker)))],
        claim.Shape,
        [.. claim.Qualifiers.Select(Copy)]);

    private QualifierSyntax Copy(QualifierSyntax qualifier) => qualifier switch
    {
        AsOfQualifierSyntax asOf => new AsOfQualifierSyntax(T(asOf.AsKeyword), T(asOf.OfKeyword), T(asOf.Date)),
        StatusQualifierSyntax status => new StatusQualifierSyntax(T(status.Keyword), T(status.Value)),
        NoteQualifierSyntax note => new NoteQualifierSyntax(T(note.Keyword), T(note.Text)),
        CiteQualifierSyntax cite => new CiteQualifierSyntax(T(cite.Keyword), T(cite.Text)),
        _ => throw new InvalidOperationException($"Unknown qualifier {qualifier.Kind}."),
    };

    private DeclarationSyntax Copy(DeclarationSyntax declaration) => new(
        T(declaration.Keyword),
        T(declaration.Identifier),
        T(declaration.DisplayName),
        declaration.AttributeBlock is { } block
            ? new AttributeBlockSyntax(T(block.OpenBrace),
                [.. block.Attributes.Select(a => new AttributeSyntax(T(a.Name), T(a.Value), T(a.ScaleWord)))],
                T(block.CloseBrace))
            : null);
}
