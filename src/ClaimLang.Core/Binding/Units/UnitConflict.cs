namespace ClaimLang.Binding.Units;

/// <summary>
/// A declared unit the catalog did not take because its name was already a unit: a built-in one
/// (<see cref="RedefinesBuiltIn"/>: <c>unit USD</c>), or one declared earlier in the same list. Either is
/// CL1002 for the binder. <see cref="Declared"/> and <see cref="EarlierDeclaration"/> are the very
/// instances passed to <see cref="UnitCatalog.Build"/>, so the binder can find their locations by reference.
/// </summary>
/// <param name="Declared">The declaration that was rejected.</param>
/// <param name="Existing">The unit that already had the name.</param>
/// <param name="EarlierDeclaration">The declaration of <paramref name="Existing"/> when it is a declared unit; null for a built-in.</param>
internal sealed record UnitConflict(DeclaredUnit Declared, UnitInfo Existing, DeclaredUnit? EarlierDeclaration)
{
    public bool RedefinesBuiltIn => Existing.IsBuiltIn;
}
