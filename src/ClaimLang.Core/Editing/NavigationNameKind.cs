namespace ClaimLang.Editing;

/// <summary>Where a name stands, which decides what it can refer to.</summary>
internal enum NavigationNameKind
{
    /// <summary>The name a declaration declares.</summary>
    Declaration,

    /// <summary>A claim's source, speaker, subject entity or metric: a declared name of any kind, looked up in the one namespace.</summary>
    ClaimName,

    /// <summary>A claim's unit or a metric's <c>unit</c> attribute: a built-in unit or a declared one.</summary>
    Unit,
}
