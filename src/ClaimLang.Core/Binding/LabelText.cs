using ClaimLang.Syntax;

namespace ClaimLang.Binding;

/// <summary>A label token compared by its characters (ordinal), for finding labels used twice without making strings of them.</summary>
internal readonly struct LabelText(SyntaxToken token) : IEquatable<LabelText>
{
    private readonly SyntaxToken _token = token;

    public bool Equals(LabelText other) => _token.AsSpan().SequenceEqual(other._token.AsSpan());

    public override bool Equals(object? obj) => obj is LabelText other && Equals(other);

    public override int GetHashCode() => string.GetHashCode(_token.AsSpan(), StringComparison.Ordinal);
}
