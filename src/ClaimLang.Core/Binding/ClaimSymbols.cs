namespace ClaimLang.Binding;

/// <summary>
/// What a claim's names refer to, looked up once and shared by the name, unit and meaning
/// checks. Each is the declared symbol of that name whatever its kind (null when undeclared
/// or missing): a check that needs a kind tests it, and the meaning keeps the symbol's name
/// instead of a copy of the token's text.
/// </summary>
internal readonly record struct ClaimSymbols(Symbol? Source, Symbol? Attribution, Symbol? From, Symbol? To, Symbol? Metric);
