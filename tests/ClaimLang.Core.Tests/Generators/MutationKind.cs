namespace ClaimLang.Core.Tests.Generators;

/// <summary>How a mutation changes a text.</summary>
internal enum MutationKind
{
    Insert,
    Delete,
    Replace,
    Duplicate,
}
