using ClaimLang.Text;

namespace ClaimLang.Compilation;

/// <summary>A file of the project that could not be read, and why.</summary>
public sealed record ProjectReadFailure(SourceDocument Document, Exception Exception);
