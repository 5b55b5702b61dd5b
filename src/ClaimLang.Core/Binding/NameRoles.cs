using ClaimLang.Syntax;

namespace ClaimLang.Binding;

/// <summary>Which kinds fit which place in a claim (docs/language.md, "Claims"), and how to say so.</summary>
internal static class NameRoles
{
    public static bool Accepts(this NameRole role, SymbolKind kind) => role switch
    {
        NameRole.Source => kind == SymbolKind.Source,
        NameRole.Speaker => kind is SymbolKind.Person or SymbolKind.Source,
        NameRole.Entity => kind == SymbolKind.Entity,
        _ => kind == SymbolKind.Metric,
    };

    public static string Required(this NameRole role) => role switch
    {
        NameRole.Source => "a source",
        NameRole.Speaker => "a person or a source",
        NameRole.Entity => "an entity",
        _ => "a metric",
    };

    public static (SymbolKind First, SymbolKind? Second) Kinds(this NameRole role) => role switch
    {
        NameRole.Source => (SymbolKind.Source, null),
        NameRole.Speaker => (SymbolKind.Person, SymbolKind.Source),
        NameRole.Entity => (SymbolKind.Entity, null),
        _ => (SymbolKind.Metric, null),
    };

    /// <summary>The names of a claim with their places, in source order; missing names are left out.</summary>
    public static IEnumerable<(SyntaxToken Name, NameRole Role)> NamesOf(ClaimSyntax claim)
    {
        if (!claim.Source.IsMissing) yield return (claim.Source, NameRole.Source);
        foreach (var speaker in claim.Speakers)
            if (!speaker.Speaker.IsMissing) yield return (speaker.Speaker, NameRole.Speaker);
        if (!claim.Subject.From.IsMissing) yield return (claim.Subject.From, NameRole.Entity);
        if (claim.Subject.To is { IsMissing: false } to) yield return (to, NameRole.Entity);
        if (claim.Metric is { IsMissing: false } metric) yield return (metric, NameRole.Metric);
    }

    /// <summary>The place of a name token in its claim, if it is one of a claim's names.</summary>
    public static NameRole? RoleOf(SyntaxToken token) => token.Parent switch
    {
        ClaimSyntax claim when claim.Source == token => NameRole.Source,
        ClaimSyntax claim when claim.Metric == token => NameRole.Metric,
        QuotingClauseSyntax clause when clause.Speaker == token => NameRole.Speaker,
        SubjectSyntax subject when subject.From == token || subject.To == token => NameRole.Entity,
        _ => null,
    };
}
