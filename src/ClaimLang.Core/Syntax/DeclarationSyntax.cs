namespace ClaimLang.Syntax;

/// <summary><c>KIND NAME ["display name"] [{ attribute* }]</c></summary>
public sealed class DeclarationSyntax : MemberSyntax
{
    internal DeclarationSyntax(SyntaxTree tree, SyntaxToken keyword, SyntaxToken identifier, SyntaxToken? displayName,
        AttributeBlockSyntax? attributeBlock) : base(tree)
    {
        Keyword = keyword;
        Identifier = identifier;
        DisplayName = displayName;
        AttributeBlock = attributeBlock;
    }

    public override SyntaxKind Kind => SyntaxKind.Declaration;

    public SyntaxToken Keyword { get; }

    public DeclarationKind DeclarationKind => Keyword.Kind switch
    {
        SyntaxKind.SourceKeyword => DeclarationKind.Source,
        SyntaxKind.PersonKeyword => DeclarationKind.Person,
        SyntaxKind.EntityKeyword => DeclarationKind.Entity,
        SyntaxKind.MetricKeyword => DeclarationKind.Metric,
        _ => DeclarationKind.Unit,
    };

    public SyntaxToken Identifier { get; }

    /// <summary>The quoted display name, if written.</summary>
    public SyntaxToken? DisplayName { get; }

    public AttributeBlockSyntax? AttributeBlock { get; }

    public override IEnumerable<SyntaxNodeOrToken> ChildNodesAndTokens()
    {
        yield return Keyword;
        yield return Identifier;
        if (DisplayName is { } displayName) yield return displayName;
        if (AttributeBlock is not null) yield return AttributeBlock;
    }
}
