using ClaimLang.Binding.Meaning;

namespace ClaimLang.Compilation;

/// <summary>The settings a compilation reads claims with (from claimlang.json).</summary>
public sealed record CompilationOptions(MeaningOptions Meaning)
{
    public static CompilationOptions Default { get; } = new(MeaningOptions.Default);
}
