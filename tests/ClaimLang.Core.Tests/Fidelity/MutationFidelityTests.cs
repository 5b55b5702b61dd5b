using ClaimLang.Core.Tests.Generators;
using ClaimLang.Core.Tests.TestSupport;
using CsCheck;

namespace ClaimLang.Core.Tests.Fidelity;

/// <summary>
/// Full fidelity for almost-valid files: valid ones (generated, and the repository's examples)
/// with a few random edits, the kind of text an editor hands the parser on every keystroke.
/// </summary>
public sealed class MutationFidelityTests
{
    [Fact]
    public void Mutated_generated_files_round_trip() =>
        Mutations.Of(ValidFiles.File.Select(f => f.Text))
            .Sample(mutated => { FullFidelity.ParseAndCheck(mutated.Text); }, iter: 3000);

    [Fact]
    public void Mutated_example_files_round_trip()
    {
        string[] examples = [.. SourceFiles.ExampleFiles().Select(SourceFiles.ReadExample)];
        examples.ShouldNotBeEmpty($"no .claim files were found under {RepositoryLayout.ExamplesFolder}");
        Mutations.Of(Gen.OneOf(examples))
            .Sample(mutated => { FullFidelity.ParseAndCheck(mutated.Text); }, iter: 1500);
    }
}
