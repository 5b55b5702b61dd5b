using System.Text.RegularExpressions;
using ClaimLang.Diagnostics;

namespace ClaimLang.Core.Tests.Catalogue;

/// <summary>
/// The descriptor catalogue against the code table of docs/language.md, both ways, with the same
/// default severities; and each descriptor with a title, a message format and a long explanation.
/// </summary>
public sealed partial class DiagnosticCatalogueTests
{
    public static TheoryData<string> DescriptorIds() => [.. DiagnosticDescriptors.All.Select(d => d.Id)];

    [GeneratedRegex("^CL[0-9]{4}$")]
    private static partial Regex CodeFormat();

    [Fact]
    public void Ids_are_unique()
    {
        var duplicates = DiagnosticDescriptors.All.GroupBy(d => d.Id, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1).Select(g => g.Key);
        duplicates.ShouldBeEmpty();
    }

    [Fact]
    public void Every_code_of_the_language_reference_has_a_descriptor_with_the_same_default_severity()
    {
        IReadOnlyList<DocumentedDiagnostic> rows = LanguageReferenceDiagnosticTable.Read();
        var problems = rows.GroupBy(r => r.Code).Where(g => g.Count() > 1).Select(g => $"{g.Key} is listed {g.Count()} times").ToList();
        foreach (DocumentedDiagnostic row in rows)
        {
            DiagnosticDescriptor? descriptor = DiagnosticDescriptors.All.SingleOrDefault(d => d.Id == row.Code);
            if (descriptor is null) problems.Add($"{row.Code} ({row.When}) has no descriptor");
            else if (descriptor.DefaultSeverity != row.DefaultSeverity)
                problems.Add($"{row.Code} is {descriptor.DefaultSeverity.ToText()}, docs/language.md says {row.DefaultSeverity.ToText()}");
        }
        problems.ShouldBeEmpty();
    }

    [Fact]
    public void Every_descriptor_is_a_code_of_the_language_reference()
    {
        var documented = LanguageReferenceDiagnosticTable.Read().Select(r => r.Code).ToHashSet(StringComparer.Ordinal);
        DiagnosticDescriptors.All.Select(d => d.Id).Where(id => !documented.Contains(id)).ShouldBeEmpty("docs/language.md should list every code");
    }

    [Theory]
    [MemberData(nameof(DescriptorIds))]
    public void A_descriptor_has_a_well_formed_id_a_title_and_a_message_format(string id)
    {
        DiagnosticDescriptor descriptor = DiagnosticDescriptors.Find(id).ShouldNotBeNull();
        CodeFormat().IsMatch(descriptor.Id).ShouldBeTrue($"'{descriptor.Id}' is not of the form CLnnnn");
        descriptor.Title.ShouldNotBeNullOrWhiteSpace();
        descriptor.MessageFormat.ShouldNotBeNullOrWhiteSpace();
    }

    // Messages are filled in with string.Format; a broken placeholder would throw when the
    // diagnostic is reported, far from here. Ten arguments cover every format.
    [Theory]
    [MemberData(nameof(DescriptorIds))]
    public void A_message_format_can_be_filled_in(string id)
    {
        DiagnosticDescriptor descriptor = DiagnosticDescriptors.Find(id)!;
        string message = descriptor.FormatMessage("a", "b", "c", "d", "e", "f", "g", "h", "i", "j");
        message.ShouldNotContain("{");
    }

    // The explanations are Markdown files embedded from Diagnostics/Explanations/ID.md; until
    // every code has one, this fails for the codes still without.
    [Theory]
    [MemberData(nameof(DescriptorIds))]
    public void A_descriptor_has_a_long_explanation(string id) =>
        DiagnosticDescriptors.Find(id)!.HelpText.ShouldNotBeNullOrWhiteSpace($"{id} has no explanation (Diagnostics/Explanations/{id}.md)");

    [Fact]
    public void Find_ignores_case_and_returns_null_for_an_unknown_code()
    {
        DiagnosticDescriptors.Find("cl0001").ShouldBeSameAs(DiagnosticDescriptors.SyntaxError);
        DiagnosticDescriptors.Find("CL9999").ShouldBeNull();
    }
}
