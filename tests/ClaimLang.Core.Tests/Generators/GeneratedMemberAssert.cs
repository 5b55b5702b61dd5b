using ClaimLang.Syntax;

namespace ClaimLang.Core.Tests.Generators;

/// <summary>Checks that a parsed member has the shape the generator gave it.</summary>
internal static class GeneratedMemberAssert
{
    public static void Matches(MemberSyntax node, GeneratedMember expected)
    {
        switch (expected)
        {
            case GeneratedClaim claim: Matches(node.ShouldBeOfType<ClaimSyntax>(), claim); break;
            case GeneratedDeclaration declaration: Matches(node.ShouldBeOfType<DeclarationSyntax>(), declaration); break;
        }
    }

    private static void Matches(ClaimSyntax node, GeneratedClaim expected)
    {
        (node.Label is null).ShouldBe(expected.Label is null, "label");
        node.Label?.Identifier.Text.ShouldBe(expected.Label);
        node.Source.Text.ShouldBe(expected.Source);
        node.Speakers.Select(s => s.Speaker.Text).ShouldBe(expected.Speakers);
        node.Subject.IsFlow.ShouldBe(expected.IsFlow, "flow subject");
        (node.Metric is null).ShouldBe(expected.Metric is null, "metric");
        node.Metric?.Text.ShouldBe(expected.Metric);
        node.Amount.Kind.ShouldBe(expected.AmountKind);
        (node.Rate is null).ShouldBe(expected.TimeUnit is null, "rate");
        node.Rate?.TimeUnit.Text.ShouldBe(expected.TimeUnit);
        node.Qualifiers.Select(q => q.Kind).ShouldBe(expected.QualifierKinds);
    }

    private static void Matches(DeclarationSyntax node, GeneratedDeclaration expected)
    {
        node.DeclarationKind.ShouldBe(expected.Kind);
        node.Identifier.Text.ShouldBe(expected.Name);
        (node.DisplayName is not null).ShouldBe(expected.HasDisplayName, "display name");
        (node.AttributeBlock is not null).ShouldBe(expected.AttributeNames is not null, "attribute block");
        if (expected.AttributeNames is { } names)
            node.AttributeBlock!.Attributes.Select(a => a.Name.Text).ShouldBe(names);
    }
}
