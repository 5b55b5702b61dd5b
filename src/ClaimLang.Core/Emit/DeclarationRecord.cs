using System.Collections.Immutable;

namespace ClaimLang.Emit;

/// <summary>
/// One declaration as the dataset holds it: its name, display name, place, and its attributes
/// as written (strings unquoted, a number with its scale word), the known ones in columns of
/// their own and the others together.
/// </summary>
public sealed record DeclarationRecord(
    string Name,
    string? DisplayName,
    string File,
    int Line,
    ImmutableArray<(string Name, string Value)> Attributes)
{
    /// <summary>The first value of attribute <paramref name="name"/>, or null.</summary>
    internal string? Attribute(string name)
    {
        foreach (var (attribute, value) in Attributes)
            if (attribute == name) return value;
        return null;
    }
}
