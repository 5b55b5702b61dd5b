namespace ClaimLang.Syntax;

/// <summary><c>KIND NAME ["display name"] [{ attribute* }]</c></summary>
internal sealed class DeclarationSyntax : MemberSyntax
{
    private readonly int _keyword;
    private readonly int _identifier;
    private readonly int _displayName;

    internal DeclarationSyntax(SyntaxToken keyword, SyntaxToken identifier, SyntaxToken? displayName,
        AttributeBlockSyntax? attributeBlock)
    {
        _keyword = keyword.Index;
        _identifier = identifier.Index;
        _displayName = displayName?.Index ?? -1;
        AttributeBlock = attributeBlock;
        Adopt(AttributeBlock);
    }

    public override SyntaxKind Kind => SyntaxKind.Declaration;

    internal override int FirstTokenIndex => _keyword;

    internal override int LastTokenIndex => AttributeBlock?.LastTokenIndex ?? Math.Max(_identifier, _displayName);

    public SyntaxToken Keyword => Token(_keyword);

    public DeclarationKind DeclarationKind => Keyword.Kind switch
    {
        SyntaxKind.SourceKeyword => DeclarationKind.Source,
        SyntaxKind.PersonKeyword => DeclarationKind.Person,
        SyntaxKind.EntityKeyword => DeclarationKind.Entity,
        SyntaxKind.MetricKeyword => DeclarationKind.Metric,
        _ => DeclarationKind.Unit,
    };

    public SyntaxToken Identifier => Token(_identifier);

    /// <summary>The quoted display name, if written.</summary>
    public SyntaxToken? DisplayName => OptionalToken(_displayName);

    public AttributeBlockSyntax? AttributeBlock { get; }

    public override IEnumerable<SyntaxNodeOrToken> ChildNodesAndTokens()
    {
        yield return Keyword;
        yield return Identifier;
        if (DisplayName is { } displayName) yield return displayName;
        if (AttributeBlock is not null) yield return AttributeBlock;
    }
}
