namespace ClaimLang.Formatting;

/// <summary>The indentation of a line: two spaces per depth, the depth given by the role of what begins the line.</summary>
internal static class Indentation
{
    public const int SpacesPerDepth = 2;

    /// <summary>Attribute blocks do not nest, so no line is deeper than an attribute's continuation.</summary>
    public const int MaxDepth = 2;

    public static int DepthOf(LayoutRole role) => role switch
    {
        LayoutRole.MemberStart or LayoutRole.Brace => 0,
        LayoutRole.MemberContinuation or LayoutRole.AttributeStart => 1,
        _ => 2,
    };
}
