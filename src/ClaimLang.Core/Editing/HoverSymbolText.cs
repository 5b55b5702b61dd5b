using System.Globalization;
using System.Text;
using ClaimLang.Binding;
using ClaimLang.Binding.Units;
using ClaimLang.Compilation;
using ClaimLang.Syntax;

namespace ClaimLang.Editing;

/// <summary>The hover of a declared name: its kind, name and display name, its attributes as written, where it is declared and how many claims use it.</summary>
internal static class HoverSymbolText
{
    public static string Of(Symbol symbol, ClaimCompilation compilation)
    {
        var text = new StringBuilder();
        text.Append("**").Append(symbol.Kind.Keyword()).Append("** ").Append(HoverMarkdown.Code(symbol.Name));
        if (symbol.DisplayName is { } display) text.Append(" — ").Append(HoverMarkdown.Escape(display));
        if (symbol.IsBuiltIn) text.Append(" (built-in)");
        text.Append("\n\n");
        if (symbol.IsBuiltIn) text.Append("The metric of a flow claim that names none: kind flow, min 0.\n\n");
        if (symbol.Kind == SymbolKind.Unit && compilation.Units.TryGet(symbol.Name, out UnitInfo? unit))
            text.Append("Measures ").Append(HoverMarkdown.Escape(unit.Kind.Name)).Append(".\n\n");
        AppendAttributes(symbol.Declaration?.AttributeBlock, text);
        if (symbol.Location is { } location)
            text.Append("Declared at ").Append(HoverMarkdown.Code(string.Create(CultureInfo.InvariantCulture, $"{location.FilePath}:{location.Start.Line + 1}"))).Append(". ");
        int claims = HoverUsage.ClaimsUsing(compilation, symbol);
        text.Append("Used by ").Append(claims.ToString(CultureInfo.InvariantCulture)).Append(claims == 1 ? " claim." : " claims.");
        return text.ToString();
    }

    // Each attribute as written: its name, its value token (a string with its quotes) and scale word.
    private static void AppendAttributes(AttributeBlockSyntax? block, StringBuilder text)
    {
        if (block is null || block.Attributes.IsEmpty) return;
        foreach (AttributeSyntax attribute in block.Attributes)
        {
            if (attribute.Name.IsMissing || attribute.Value.IsMissing) continue;
            string value = attribute.ScaleWord is { } scale ? $"{attribute.Value.Text} {scale.Text}" : attribute.Value.Text;
            text.Append("- ").Append(HoverMarkdown.Code(attribute.Name.Text)).Append(' ').Append(HoverMarkdown.Code(value)).Append('\n');
        }
        text.Append('\n');
    }
}
