using ClaimLang.Core.Tests.Generators;
using ClaimLang.Core.Tests.TestSupport;
using ClaimLang.Syntax;
using CsCheck;

namespace ClaimLang.Core.Tests.Diagnostics;

/// <summary>
/// One mistake in an otherwise valid file, wherever it is and whatever surrounds it, gives one
/// diagnostic and leaves every other member as it was (docs/language.md, "Diagnostics": "A
/// mistake gives one diagnostic: the parser recovers without a cascade").
/// </summary>
public sealed class SingleMistakePropertyTests
{
    [Fact]
    public void A_claim_without_its_period_is_one_error_and_the_other_members_are_untouched() =>
        ValidFiles.FileWithOneClaimWithoutPeriod.Sample(sample =>
        {
            (GeneratedFile file, int broken) = sample;
            SyntaxTree tree = Parse.Any(file.Text);

            tree.Diagnostics.Length.ShouldBe(1, DiagnosticFormatter.FormatAll(tree.Diagnostics));
            tree.Diagnostics[0].Id.ShouldBe("CL0001");
            tree.Diagnostics[0].Message.ShouldStartWith("expected a period");
            var members = tree.Root.Members;
            members.Length.ShouldBe(file.Members.Count, "number of members");
            members[broken].ShouldBeOfType<ClaimSyntax>().Period.Start.IsMissing.ShouldBeTrue("the period is missing");
            for (int i = 0; i < members.Length; i++)
            {
                if (i == broken) continue;
                GeneratedMemberAssert.Matches(members[i], file.Members[i]);
                members[i].DescendantTokens().ShouldAllBe(t => !t.IsMissing);
            }
        }, iter: 1000, print: s => s.File.ToString());

    // A bad character is trivia: the tokens around it are the same as without it.
    [Fact]
    public void A_bad_character_before_any_token_is_one_error_and_changes_no_token() =>
        Gen.Select(ValidFiles.File, Gen.Int[0, int.MaxValue]).Sample((file, choice) =>
        {
            SyntaxTree valid = Parse.Valid(file.Text);
            var tokens = valid.GetTokens().ToList();
            int position = tokens[choice % (tokens.Count - 1)].Span.Start; // not the end-of-file token: it may follow a comment
            string text = file.Text.Insert(position, "@");

            SyntaxTree tree = Parse.Any(text);

            tree.Diagnostics.Select(d => (d.Id, d.Message)).ShouldBe(
                [("CL0003", "the character '@' (U+0040) cannot start a token; remove it")]);
            tree.Diagnostics[0].Location.Span.ShouldBe(new Text.TextSpan(position, 1));
            tree.GetTokens().Select(t => (t.Kind, t.Text)).ShouldBe(tokens.Select(t => (t.Kind, t.Text)));
        }, iter: 1000, print: t => TextEscaper.Quote(t.Item1.Text) + " at token #" + t.Item2);

    // Mutations produce every kind of mistake; whatever it is, no two diagnostics point at the
    // same text with the same code (one mistake is reported once).
    [Fact]
    public void No_two_diagnostics_report_the_same_span_with_the_same_code() =>
        Mutations.Of(ValidFiles.File.Select(f => f.Text)).Sample(mutated =>
        {
            SyntaxTree tree = Parse.Any(mutated.Text);
            tree.Diagnostics.GroupBy(d => (d.Id, d.Location.Span))
                .Where(g => g.Count() > 1)
                .Select(g => string.Join(" | ", g.Select(DiagnosticFormatter.Format)))
                .ShouldBeEmpty();
        }, iter: 2000);
}
