using ClaimLang.Syntax;

namespace ClaimLang.Binding;

/// <summary>How kinds are named in messages ("an entity", "a source").</summary>
internal static class SymbolKindText
{
    public static string Keyword(this SymbolKind kind) => kind switch
    {
        SymbolKind.Source => "source",
        SymbolKind.Person => "person",
        SymbolKind.Entity => "entity",
        SymbolKind.Metric => "metric",
        _ => "unit",
    };

    public static string WithArticle(this SymbolKind kind) =>
        kind == SymbolKind.Entity ? "an entity" : "a " + kind.Keyword();

    public static SymbolKind FromDeclaration(DeclarationKind kind) => kind switch
    {
        DeclarationKind.Source => SymbolKind.Source,
        DeclarationKind.Person => SymbolKind.Person,
        DeclarationKind.Entity => SymbolKind.Entity,
        DeclarationKind.Metric => SymbolKind.Metric,
        _ => SymbolKind.Unit,
    };
}
