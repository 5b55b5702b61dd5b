using System.Collections.Immutable;
using ClaimLang.Configuration;
using ClaimLang.Diagnostics;
using ClaimLang.Text;

namespace ClaimLang.Core.Tests.Configuration;

public sealed class SeverityPolicyTests
{
    private static readonly SourceText Text = SourceText.From("source BBC says Iran -> 36e9 USD 2011\n");

    private static Diagnostic Make(DiagnosticDescriptor descriptor, int start = 0) =>
        Diagnostic.Create(descriptor, Location.Create("a.claim", Text, new TextSpan(start, 1)), "first", "second", "third");

    private static SeverityPolicy Policy(params (string Code, SeverityOption Option)[] entries) =>
        new(entries.ToImmutableDictionary(e => e.Code, e => e.Option));

    [Fact]
    public void A_listed_code_takes_the_configured_severity_and_others_keep_their_default()
    {
        SeverityPolicy policy = Policy(("CL0001", SeverityOption.Warning), ("CL1004", SeverityOption.Error));

        var result = policy.Apply([Make(DiagnosticDescriptors.SyntaxError), Make(DiagnosticDescriptors.UnusedDeclaration), Make(DiagnosticDescriptors.StatedTwice)]);

        result.Select(d => (d.Id, d.Severity)).ShouldBe([
            ("CL0001", DiagnosticSeverity.Warning),
            ("CL1004", DiagnosticSeverity.Error),
            ("CL4003", DiagnosticSeverity.Info),
        ]);
    }

    [Fact]
    public void None_removes_the_diagnostic_and_keeps_the_order_of_the_rest()
    {
        SeverityPolicy policy = Policy(("CL0002", SeverityOption.None));

        var result = policy.Apply([Make(DiagnosticDescriptors.SyntaxError, 0), Make(DiagnosticDescriptors.Unterminated, 1), Make(DiagnosticDescriptors.SyntaxError, 2)]);

        result.Select(d => d.Location.Span.Start).ShouldBe([0, 2]);
        policy.Apply(Make(DiagnosticDescriptors.Unterminated)).ShouldBeNull();
    }

    [Fact]
    public void None_removes_suppressed_diagnostics_too_and_a_new_severity_keeps_the_suppression()
    {
        Diagnostic suppressed = Make(DiagnosticDescriptors.SourcesDisagree).WithSuppressed(true);

        Policy(("CL4001", SeverityOption.None)).Apply(suppressed).ShouldBeNull();
        Diagnostic? raised = Policy(("CL4001", SeverityOption.Error)).Apply(suppressed);
        raised.ShouldNotBeNull();
        raised.Severity.ShouldBe(DiagnosticSeverity.Error);
        raised.IsSuppressed.ShouldBeTrue();
    }

    [Fact]
    public void CL9001_is_never_changed_even_when_asked_in_code()
    {
        Diagnostic broken = Make(DiagnosticDescriptors.InvalidConfiguration);

        Policy(("CL9001", SeverityOption.None)).Apply(broken).ShouldBeSameAs(broken);
        Policy(("CL9001", SeverityOption.Info)).Apply(broken).ShouldBeSameAs(broken);
    }

    [Fact]
    public void From_uses_the_configurations_severities_and_the_default_changes_nothing()
    {
        ClaimLangConfiguration configuration = LoadedConfiguration.Valid("""{ "diagnostics": { "CL0001": "info" } }""");
        Diagnostic syntaxError = Make(DiagnosticDescriptors.SyntaxError);

        SeverityPolicy.From(configuration).Apply(syntaxError)!.Severity.ShouldBe(DiagnosticSeverity.Info);
        SeverityPolicy.Default.Apply(syntaxError).ShouldBeSameAs(syntaxError);
    }
}
