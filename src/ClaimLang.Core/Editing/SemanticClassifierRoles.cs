using System.Collections.Immutable;
using ClaimLang.Binding;
using ClaimLang.Binding.Units;
using ClaimLang.Compilation;
using ClaimLang.Syntax;

namespace ClaimLang.Editing;

/// <summary>
/// The class of each token of a file, worked out member by member as the classifier walks
/// forward: a member's tokens are a contiguous run of the token table, so the classes of the
/// current member's tokens are kept in one reused array, indexed from its first token.
/// Tokens whose place says nothing more than their kind (keywords, punctuation, literals) are
/// classed by kind.
/// </summary>
internal sealed class SemanticClassifierRoles
{
    private readonly SymbolTable _symbols;
    private readonly UnitCatalog _units;
    private readonly ImmutableArray<MemberSyntax> _members;
    private Role[] _roles = new Role[64];
    private int _member = -1;
    private int _first;
    private int _last = -1;

    public SemanticClassifierRoles(ClaimCompilation compilation, SyntaxTree tree)
    {
        _symbols = compilation.Symbols;
        _units = compilation.Units;
        _members = tree.Root.Members;
    }

    /// <summary>The class of the token at <paramref name="index"/>, of <paramref name="kind"/>; null for the end of file.</summary>
    public (SemanticClass Class, bool IsDeclaration)? Classify(int index, SyntaxKind kind)
    {
        if (Enter(index) && _roles[index - _first] is { IsSet: true } role) return (role.Class, role.IsDeclaration);
        return ByKind(kind) is { } byKind ? (byKind, false) : null;
    }

    /// <summary>A token outside any member's slots (text the parser skipped): a name by what it names, anything else by kind.</summary>
    public SemanticClass ClassifyLoose(SyntaxKind kind, ReadOnlySpan<char> text) =>
        kind == SyntaxKind.IdentifierToken ? NameClass(text) : ByKind(kind) ?? SemanticClass.UnresolvedName;

    private static SemanticClass? ByKind(SyntaxKind kind) => kind switch
    {
        _ when SyntaxFacts.IsKeyword(kind) => SemanticClass.Keyword,
        SyntaxKind.IdentifierToken => SemanticClass.UnresolvedName,
        SyntaxKind.NumberToken => SemanticClass.Number,
        SyntaxKind.DateToken => SemanticClass.Date,
        SyntaxKind.StringToken => SemanticClass.String,
        SyntaxKind.EndOfFileToken or SyntaxKind.None => null,
        _ => SemanticClass.Operator,
    };

    // Makes the member that holds the token current; false for a token outside every member (the end of file).
    private bool Enter(int token)
    {
        if (token >= _first && token <= _last) return true;
        // The classifier walks forward: the member sought is usually the next one.
        int member = _member + 1 < _members.Length && _members[_member + 1].FirstTokenIndex <= token
            && (_member + 2 == _members.Length || _members[_member + 2].FirstTokenIndex > token)
            ? _member + 1
            : MemberSearch.LastWhere(_members, m => m.FirstTokenIndex <= token);
        if (member < 0 || _members[member].LastTokenIndex < token) return false;
        Fill(member);
        return true;
    }

    private void Fill(int member)
    {
        MemberSyntax node = _members[member];
        _member = member;
        _first = node.FirstTokenIndex;
        _last = node.LastTokenIndex;
        int count = _last - _first + 1;
        if (_roles.Length < count) _roles = new Role[Math.Max(count, _roles.Length * 2)];
        Array.Clear(_roles, 0, count);
        if (node is ClaimSyntax claim) FillClaim(claim);
        else if (node is DeclarationSyntax declaration) FillDeclaration(declaration);
    }

    private void FillClaim(ClaimSyntax claim)
    {
        if (claim.Label is { } label) Set(label.Identifier, SemanticClass.Label, isDeclaration: true);
        SetName(claim.Source);
        foreach (QuotingClauseSyntax speaker in claim.Speakers) SetName(speaker.Speaker);
        SetName(claim.SubjectFrom);
        if (claim.SubjectTo is { } to) SetName(to);
        if (claim.Metric is { } metric) SetName(metric);
        SyntaxToken unit = claim.UnitName;
        Set(unit, unit.Kind == SyntaxKind.PercentToken || _units.TryGet(unit.AsSpan(), out _) ? SemanticClass.Unit : SemanticClass.UnresolvedName);
        if (claim.RateTimeUnit is { } per) Set(per, SyntaxFacts.IsTimeUnit(per.Text) ? SemanticClass.Unit : SemanticClass.UnresolvedName);
        // A year is lexed as a number; in a date's place it is a date.
        Set(claim.PeriodStart, SemanticClass.Date);
        if (claim.PeriodEnd is { } end) Set(end, SemanticClass.Date);
        foreach (QualifierSyntax qualifier in claim.Qualifiers)
        {
            if (qualifier is AsOfQualifierSyntax asOf) Set(asOf.Date, SemanticClass.Date);
            else if (qualifier is StatusQualifierSyntax status)
                Set(status.Value, SyntaxFacts.StatusValues.Contains(status.Value.Text) ? SemanticClass.Keyword : SemanticClass.UnresolvedName);
        }
    }

    private void FillDeclaration(DeclarationSyntax declaration)
    {
        SymbolKind kind = SymbolKindText.FromDeclaration(declaration.DeclarationKind);
        Set(declaration.Identifier, ClassOf(kind), isDeclaration: true);
        if (declaration.AttributeBlock is not { } block) return;
        foreach (AttributeSyntax attribute in block.Attributes)
        {
            Set(attribute.Name, SemanticClass.Attribute);
            if (ValueClass(kind, attribute) is { } value) Set(attribute.Value, value);
        }
    }

    // A plain name or keyword is an attribute value, except a metric's unit, which names a unit; a year
    // given as a source's publication date is a date. Other literals are classed by kind.
    private SemanticClass? ValueClass(SymbolKind kind, AttributeSyntax attribute)
    {
        SyntaxToken value = attribute.Value;
        string name = attribute.Name.Text;
        if (kind == SymbolKind.Metric && name == "unit" && value.Kind is SyntaxKind.IdentifierToken or SyntaxKind.PercentToken)
            return value.Kind == SyntaxKind.PercentToken || _units.TryGet(value.AsSpan(), out _) ? SemanticClass.Unit : SemanticClass.UnresolvedName;
        if (kind == SymbolKind.Source && name == "published" && value.Kind == SyntaxKind.NumberToken) return SemanticClass.Date;
        return SyntaxFacts.IsWordValue(value.Kind) ? SemanticClass.AttributeValue : null;
    }

    private void SetName(SyntaxToken name) => Set(name, NameClass(name.AsSpan()));

    private SemanticClass NameClass(ReadOnlySpan<char> name) =>
        _symbols.Lookup(name) is { } symbol ? ClassOf(symbol.Kind) : SemanticClass.UnresolvedName;

    private static SemanticClass ClassOf(SymbolKind kind) => kind switch
    {
        SymbolKind.Source => SemanticClass.Source,
        SymbolKind.Person => SemanticClass.Person,
        SymbolKind.Entity => SemanticClass.Entity,
        SymbolKind.Metric => SemanticClass.Metric,
        _ => SemanticClass.Unit,
    };

    private void Set(SyntaxToken token, SemanticClass kind, bool isDeclaration = false) =>
        _roles[token.Index - _first] = new Role(kind, isDeclaration, IsSet: true);

    private readonly record struct Role(SemanticClass Class, bool IsDeclaration, bool IsSet);
}
