namespace ClaimLang.Core.Tests.Generators;

/// <summary>A generated valid .claim file and the members it holds, in order.</summary>
internal sealed record GeneratedFile(string Text, IReadOnlyList<GeneratedMember> Members)
{
    // CsCheck prints failing samples with ToString: show the text, escaped, not the records.
    public override string ToString() => TestSupport.TextEscaper.Quote(Text);
}
