using ClaimLang.Compilation;
using ClaimLang.Syntax;

namespace ClaimLang.Core.Tests.Binding;

/// <summary>Builds a compilation from (path, text) pairs and formats its name diagnostics for assertions.</summary>
internal static class ProjectBuilder
{
    public const string Declarations = """
        source BBC_Persian "BBC Persian" { kind broadcaster }
        source Bloomberg
        person de_Mistura "Staffan de Mistura"
        entity Iran
        entity Syria
        metric aid { kind flow  unit USD }
        """;

    public static ClaimCompilation Compile(params (string Path, string Text)[] files) =>
        ClaimCompilation.Create(files.Select(f => SyntaxTree.ParseText(f.Text, f.Path)));

    /// <summary>`path(line,col): CODE: message` for every diagnostic, related locations indented below.</summary>
    public static string[] Diagnostics(ClaimCompilation compilation, string codePrefix = "CL1") =>
        compilation.GetDiagnostics()
            .Where(d => d.Id.StartsWith(codePrefix, StringComparison.Ordinal))
            .SelectMany(d => new[] { $"{d.Location}: {d.Id}: {d.Message}" }
                .Concat(d.RelatedLocations.Select(r => $"  {r.Location}: {r.Message}")))
            .ToArray();
}
