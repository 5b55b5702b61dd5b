using System.Globalization;
using System.Text;
using ClaimLang.Core.Tests.Generators;
using ClaimLang.Core.Tests.TestSupport;
using ClaimLang.Syntax;
using CsCheck;

namespace ClaimLang.Core.Tests.Formatting;

/// <summary>
/// A project of generated files: files in every form the grammar allows and files of claims that
/// meet in the consistency checks (<see cref="ComparableClaims"/>), their spacing within lines
/// scrambled (<see cref="Respaced"/>), and one more file that declares every name the claims use
/// as the kind the claim needs, so that most claims bind and get a meaning.
/// </summary>
internal sealed record GeneratedProject(IReadOnlyList<(string Path, string Text)> Files)
{
    private static readonly Gen<string> AnyFile = Gen.Frequency(
        (1, ValidFiles.File.Select(file => file.Text)),
        (2, ComparableClaims.File));

    public static readonly Gen<GeneratedProject> Any =
        AnyFile.SelectMany(Respaced.Of).Array[1, 4].Select(files =>
        {
            var project = files.Select((file, i) => (string.Create(CultureInfo.InvariantCulture, $"file{i}.claim"), file.Text)).ToList();
            project.Add(("declarations.claim", DeclareNames(project.Select(f => f.Text))));
            return new GeneratedProject(project);
        });

    public override string ToString() =>
        string.Join("\n", Files.Select(file => $"{file.Path}: {TextEscaper.Quote(file.Text)}"));

    // A name first used as an entity stays one; a metric takes any unit, so units do not decide
    // whether a claim gets a meaning. barrel is the one unit the generator uses that is not built in.
    private static string DeclareNames(IEnumerable<string> texts)
    {
        var kinds = new Dictionary<string, string>(StringComparer.Ordinal) { ["barrel"] = "unit barrel { kind count }" };
        foreach (ClaimSyntax claim in texts.SelectMany(text => SyntaxTree.ParseText(text).Root.Claims))
        {
            kinds.TryAdd(claim.Source.Text, $"source {claim.Source.Text}");
            foreach (QuotingClauseSyntax speaker in claim.Speakers) kinds.TryAdd(speaker.Speaker.Text, $"person {speaker.Speaker.Text}");
            kinds.TryAdd(claim.Subject.From.Text, $"entity {claim.Subject.From.Text}");
            if (claim.Subject.To is { } to) kinds.TryAdd(to.Text, $"entity {to.Text}");
            if (claim.Metric is { } metric) kinds.TryAdd(metric.Text, $"metric {metric.Text} {{ kind flow }}");
        }
        var declarations = new StringBuilder();
        foreach (string declaration in kinds.Values.Order(StringComparer.Ordinal)) declarations.Append(declaration).Append('\n');
        return declarations.ToString();
    }
}
