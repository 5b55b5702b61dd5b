using ClaimLang.Syntax;

namespace ClaimLang.Binding.Meaning;

/// <summary>The attributes of a source that checks use.</summary>
internal static class SourceInfo
{
    /// <summary>The source's <c>published</c> date, if it has a readable one.</summary>
    public static WrittenDate? Published(Symbol source)
    {
        if (source.Declaration?.AttributeBlock is not { } block) return null;
        foreach (AttributeSyntax attribute in block.Attributes)
        {
            if (!attribute.Name.IsMissing && attribute.Name.Text == "published")
                return WrittenDate.Read(attribute.Value);
        }
        return null;
    }
}
