namespace ClaimLang.Formatting;

/// <summary>
/// Where a token stands in the layout, which decides the indentation of a line it begins.
/// Attribute blocks do not nest, so each role has one fixed depth (<see cref="Indentation"/>).
/// </summary>
internal enum LayoutRole : byte
{
    /// <summary>Any token of a member after its first one, outside an attribute block (depth 1). The default, being the most common.</summary>
    MemberContinuation = 0,

    /// <summary>The first token of a declaration or claim (depth 0).</summary>
    MemberStart,

    /// <summary>The <c>{</c> or <c>}</c> of an attribute block: at the depth of its declaration (0).</summary>
    Brace,

    /// <summary>The name of an attribute, inside a block (depth 1).</summary>
    AttributeStart,

    /// <summary>A later token of an attribute, such as a value on a line of its own (depth 2).</summary>
    AttributeContinuation,
}
