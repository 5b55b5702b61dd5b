namespace ClaimLang.Editing;

/// <summary>
/// How well a name matches a symbol search, best first. The query's characters must appear in
/// the name in order, ignoring case (<c>bbcp</c> finds <c>BBC_Persian</c>); a name that is the
/// query, or starts with it, matches better.
/// </summary>
internal enum WorkspaceSymbolsMatch
{
    Exact,
    Prefix,
    Subsequence,
    None,
}
