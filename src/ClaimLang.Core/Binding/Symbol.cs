using System.Runtime.CompilerServices;
using ClaimLang.Diagnostics;
using ClaimLang.Syntax;

namespace ClaimLang.Binding;

/// <summary>
/// A declared name: a source, person, entity, metric or unit. Built-in symbols (the metric
/// <c>transfer</c>) have no declaration.
/// </summary>
public sealed class Symbol
{
    internal Symbol(string name, SymbolKind kind, DeclarationSyntax? declaration)
    {
        Name = name;
        Kind = kind;
        Declaration = declaration;
    }

    internal string Name { get; }

    internal SymbolKind Kind { get; }

    internal DeclarationSyntax? Declaration { get; }

    internal bool IsBuiltIn => Declaration is null;

    /// <summary>The quoted display name, without its quotes and escapes undone; null when not written.</summary>
    internal string? DisplayName => Declaration?.DisplayName is { IsMissing: false } token ? StringLiteral.Value(token.Text) : null;

    /// <summary>Where the name is declared; null for built-ins.</summary>
    internal Location? Location => Declaration?.Identifier.GetLocation();

    private Meaning.MetricInfo? _metric;

    /// <summary>For a metric: its kind, unit and bounds, read once (every claim of the metric asks).</summary>
    internal Meaning.MetricInfo MetricInfo => _metric ??= Meaning.MetricInfo.From(this);

    private StrongBox<Meaning.WrittenDate?>? _published;

    /// <summary>For a source: its <c>published</c> date, read once (every claim with an <c>as of</c> asks).</summary>
    internal Meaning.WrittenDate? Published => (_published ??= new StrongBox<Meaning.WrittenDate?>(Meaning.SourceInfo.Published(this))).Value;

    public override string ToString() => $"{Kind.Keyword()} {Name}";
}
