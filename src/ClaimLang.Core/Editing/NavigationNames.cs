using System.Collections.Immutable;
using ClaimLang.Binding;
using ClaimLang.Binding.Units;
using ClaimLang.Compilation;
using ClaimLang.Syntax;

namespace ClaimLang.Editing;

/// <summary>
/// Finds the names of a file and what they refer to, for navigation, rename and quick fixes.
/// Names are read from each member's tokens (the claim's token accessors), never from token
/// parents or a claim's subject and amount nodes: linking a file's tokens to their parents makes
/// those nodes for every claim of the file, which a project of 100,000 claims should not pay
/// for every "find references".
/// </summary>
/// <remarks>
/// A name in a claim refers to the declared name it spells, whatever the declaration's kind:
/// the binder looks names up in the project's one namespace and reports a wrong kind (CL1003)
/// against that declaration, so a rename must change such a use too, or the use would turn
/// into an undeclared name (CL1001). A unit refers to a declared unit unless a built-in unit
/// has its name, as in the binder's unit catalog.
/// </remarks>
internal static class NavigationNames
{
    /// <summary>The name at a caret position: the one containing it or ending right at it (a caret just after a name).</summary>
    public static NavigationName? At(SyntaxTree tree, int position)
    {
        ImmutableArray<MemberSyntax> members = tree.Root.Members;
        int last = LastMemberStartingAtOrBefore(members, position);
        // A name ends a member at most where the next one begins, so two members are enough to look at.
        for (int i = last; i >= 0 && i >= last - 1; i--)
        {
            foreach (NavigationName name in In(members[i]))
            {
                if (name.Token.Span.Start <= position && position <= name.Token.Span.End) return name;
            }
        }
        return null;
    }

    /// <summary>The names a member holds, in source order; missing names (syntax errors) are left out.</summary>
    public static IEnumerable<NavigationName> In(MemberSyntax member)
    {
        if (member is DeclarationSyntax declaration)
        {
            if (IsName(declaration.Identifier)) yield return new NavigationName(declaration.Identifier, NavigationNameKind.Declaration, declaration);
            if (declaration.DeclarationKind != DeclarationKind.Metric || declaration.AttributeBlock is not { } block) yield break;
            foreach (AttributeSyntax attribute in block.Attributes)
            {
                if (attribute.Name.Kind == SyntaxKind.UnitKeyword && IsName(attribute.Value))
                    yield return new NavigationName(attribute.Value, NavigationNameKind.Unit, declaration);
            }
        }
        else if (member is ClaimSyntax claim)
        {
            if (IsName(claim.Source)) yield return ClaimName(claim.Source, claim, NameRole.Source);
            foreach (QuotingClauseSyntax speaker in claim.Speakers)
            {
                if (IsName(speaker.Speaker)) yield return ClaimName(speaker.Speaker, claim, NameRole.Speaker);
            }
            if (IsName(claim.SubjectFrom)) yield return ClaimName(claim.SubjectFrom, claim, NameRole.Entity);
            if (claim.SubjectTo is { } to && IsName(to)) yield return ClaimName(to, claim, NameRole.Entity);
            if (claim.Metric is { } metric && IsName(metric)) yield return ClaimName(metric, claim, NameRole.Metric);
            if (IsName(claim.UnitName)) yield return new NavigationName(claim.UnitName, NavigationNameKind.Unit, claim);
        }
    }

    /// <summary>The symbol a name declares or refers to; null for built-in units and names nothing declares.</summary>
    public static Symbol? Resolve(NavigationName name, ClaimCompilation compilation) => name.Kind switch
    {
        // The declaration's own symbol, even when it declares a name again (CL1002) and so is not in the table.
        NavigationNameKind.Declaration => compilation.GetDeclarations(name.Token.Tree).Symbols
            .FirstOrDefault(symbol => ReferenceEquals(symbol.Declaration, name.Member)),
        NavigationNameKind.ClaimName => compilation.Symbols.Lookup(name.Token.AsSpan()),
        _ => DeclaredUnit(compilation.Symbols, name.Token.AsSpan()),
    };

    /// <summary>Whether a unit name means a built-in unit (then no declaration is meant, even one of the same name).</summary>
    public static bool IsBuiltInUnit(SyntaxToken name) => BuiltInUnits.TryGet(name.AsSpan(), out _);

    /// <summary>Every name of <paramref name="tree"/> that declares or refers to <paramref name="symbol"/>, in source order.</summary>
    public static IEnumerable<SyntaxToken> ReferencesIn(SyntaxTree tree, Symbol symbol, ClaimCompilation compilation) =>
        Spelled(tree, symbol.Name).Where(name => ReferenceEquals(Resolve(name, compilation), symbol)).Select(name => name.Token);

    /// <summary>Every name of <paramref name="tree"/> written <paramref name="spelling"/>, in source order.</summary>
    /// <remarks>
    /// The file's text is searched for the characters first (a vectorised search, a few
    /// milliseconds for 100,000 claims); only a member where they occur has its names read, once,
    /// and the search goes on after it. An occurrence inside a longer name, a comment or a string
    /// is no name token of exactly those characters, so it finds nothing.
    /// </remarks>
    public static IEnumerable<NavigationName> Spelled(SyntaxTree tree, string spelling)
    {
        if (spelling.Length == 0) yield break;
        string text = tree.Text.Text;
        ImmutableArray<MemberSyntax> members = tree.Root.Members;
        int read = -1; // the last member whose names were read
        for (int at = text.IndexOf(spelling, StringComparison.Ordinal); at >= 0; at = text.IndexOf(spelling, at + 1, StringComparison.Ordinal))
        {
            int member = LastMemberStartingAtOrBefore(members, at);
            if (member <= read) continue; // before the first member, or in the trivia after one already read
            read = member;
            foreach (NavigationName name in In(members[member]))
            {
                if (name.Token.AsSpan().SequenceEqual(spelling)) yield return name;
            }
            at = Math.Max(at, members[member].Span.End - 1);
        }
    }

    private static NavigationName ClaimName(SyntaxToken token, ClaimSyntax claim, NameRole role) =>
        new(token, NavigationNameKind.ClaimName, claim, role);

    private static bool IsName(SyntaxToken token) => token.Kind == SyntaxKind.IdentifierToken && !token.IsMissing;

    private static Symbol? DeclaredUnit(SymbolTable symbols, ReadOnlySpan<char> name) =>
        !BuiltInUnits.TryGet(name, out _) && symbols.Lookup(name) is { Kind: SymbolKind.Unit } unit ? unit : null;

    /// <summary>The index of the last member that starts at or before <paramref name="position"/>; -1 when none does.</summary>
    internal static int LastMemberStartingAtOrBefore(ImmutableArray<MemberSyntax> members, int position) =>
        MemberSearch.LastWhere(members, m => m.Span.Start <= position);
}
