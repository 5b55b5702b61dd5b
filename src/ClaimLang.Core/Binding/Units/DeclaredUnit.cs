namespace ClaimLang.Binding.Units;

/// <summary>What the binder read from one <c>unit NAME ["display"] { kind KIND }</c> declaration.</summary>
/// <param name="Name">The declared name.</param>
/// <param name="KindName">The value of the <c>kind</c> attribute, or null when the declaration has none.</param>
internal sealed record DeclaredUnit(string Name, string? KindName)
{
    public string Name { get; } = !string.IsNullOrWhiteSpace(Name)
        ? Name
        : throw new ArgumentException("A declared unit needs a name.", nameof(Name));
}
