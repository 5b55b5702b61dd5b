namespace ClaimLang.Core.Tests.TestSupport;

/// <summary>
/// One ClaimLang example of docs/language.md: the line of its opening fence, its code, the
/// codes its <c>&lt;!-- expect: ... --&gt;</c> comment lists (null when it has none: the block is
/// presented as valid), and whether it holds the common declarations the other examples use.
/// </summary>
internal sealed record LanguageReferenceBlock(int Line, string Code, IReadOnlyList<string>? ExpectedCodes, bool IsCommonDeclarations);
