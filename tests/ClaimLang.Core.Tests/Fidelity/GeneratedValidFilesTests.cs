using ClaimLang.Core.Tests.Generators;
using ClaimLang.Core.Tests.TestSupport;
using ClaimLang.Syntax;
using CsCheck;

namespace ClaimLang.Core.Tests.Fidelity;

/// <summary>
/// Files generated from the grammar of docs/language.md, "Files and tokens" to "Claims" (every
/// amount, unit, period and qualifier form, labels, quoting chains, comments and line breaks
/// anywhere trivia may go) parse without any diagnostic, faithfully, into exactly the members
/// that were generated.
/// </summary>
public sealed class GeneratedValidFilesTests
{
    [Fact]
    public void Generated_valid_files_parse_without_diagnostics_into_the_generated_members() =>
        ValidFiles.File.Sample(file =>
        {
            SyntaxTree tree = Parse.Valid(file.Text);
            var members = tree.Root.Members;
            members.Length.ShouldBe(file.Members.Count, "number of members");
            for (int i = 0; i < members.Length; i++)
            {
                GeneratedMemberAssert.Matches(members[i], file.Members[i]);
                if (file.Members[i] is GeneratedClaim claim)
                    (((ClaimSyntax)members[i]).Period.End is not null).ShouldBe(claim.IsPeriodRange, "period range");
            }
        }, iter: 1500);
}
