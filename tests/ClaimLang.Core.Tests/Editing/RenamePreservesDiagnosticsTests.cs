using System.Text.RegularExpressions;
using ClaimLang.Binding;
using ClaimLang.Compilation;
using ClaimLang.Core.Tests.TestSupport;
using ClaimLang.Diagnostics;
using ClaimLang.Editing;
using ClaimLang.Syntax;

namespace ClaimLang.Core.Tests.Editing;

/// <summary>
/// A rename changes names and nothing else: for every declared name of a project of several
/// files that has a diagnostic of most kinds, renamed from each place it is written (its
/// declaration and each use, the caret at different points of the name) to names of other
/// lengths and scripts, the project compiled again has the same diagnostics, at the same lines,
/// the same claim meanings and the same dataset (<see cref="SemanticSnapshot"/>), but for the
/// name in their text; and renaming back gives every file's text back.
/// </summary>
/// <remarks>
/// The project declares no name twice: a rename moves the uses of a name declared twice along
/// with the declaration they bind to, which resolves the CL1002 (RenamerTests covers that).
/// </remarks>
public sealed partial class RenamePreservesDiagnosticsTests
{
    private static readonly (string Path, string Text)[] Files =
    [
        ("decl/outlets.claim", """
            source JCPA "Jerusalem Center for Public Affairs" { kind think_tank  published 2018-08 }
            source BBC_Persian "BBC Persian" { kind broadcaster  published 2018-02 }
            source Bloomberg { kind news_agency }
            source DW_Persian { kind broadcaster }
            person de_Mistura { role "UN envoy" }
            person Shehadi
            person Heydemann
            person Unused_expert
            """),
        ("decl/things.claim", """
            entity Iran { kind country  code IRN }
            entity Syria { kind country  code SYR }
            entity Hezbollah
            metric aid { kind flow  unit USD }
            metric poverty_rate { kind level  unit %  min 0  max 100 }
            unit barrel { kind count }
            metric oil_shipments { kind flow  unit barrel }
            """),
        ("claims/article.claim", """
            bbc_6y: source BBC_Persian says Iran -> Syria aid 36e9 USD 2011..2016 as of 2018-02
            bbc_2y: source BBC_Persian says Iran -> Syria aid 14e9..15e9 USD 2011..2012 as of 2018-02
            mistura: source Bloomberg quoting de_Mistura says Iran -> Syria aid 6e9 USD/yr 2018 as of 2018-06-08
            shehadi: source DW_Persian quoting Shehadi says Iran -> Syria aid >= 12e9 USD/yr 2018 as of 2018-08
            heydemann: source Bloomberg quoting Heydemann says Iran -> Syria aid 15e9..20e9 USD/yr 2011..2015 as of 2015-06
            jcpa: source JCPA says Iran -> Syria aid 6e9..15e9 USD/yr 2018 as of 2018-08
            """),
        ("claims/more.claim", """
            source Hezbollah says Iran -> Syria aid 1e9 USD 2013
            source Bloomberg quoting Iran says Iran -> Hezbollah aid 1e9 USD 2014
            source Qwxz_unknown says Iran -> Syria aid 1e9 USD 2014
            source JCPA says Iran -> Hezbollah oil_shipments 2e6 barrel/yr 2016..2017
            source JCPA says Iran -> Hezbollah aid 5 barrel 2016
            source JCPA says Iran -> Hezbollah aid -5e9 USD 2016
            source JCPA says Iran poverty_rate 180 % 2016
            source JCPA says Syria -> Hezbollah aid 1e9 USD 2017..2015
            source BBC_Persian says Syria -> Iran aid 1e9 USD 2017 as of 2018-05
            source DW_Persian quoting Shehadi says Syria -> Iran oil_shipments 5e6 barrel 2012
            source DW_Persian quoting Shehadi says Syria -> Iran oil_shipments 5e6 barrel 2012
            // claimlang-ignore CL4002 kept as printed
            source DW_Persian says Syria -> Hezbollah oil_shipments 5e6 barrel 2012
            source DW_Persian says Syria -> Hezbollah oil_shipments 9e6 barrel 2012
            """),
    ];

    [Fact]
    public void The_project_has_diagnostics_of_most_kinds()
    {
        string diagnostics = Snapshot(Compile());
        foreach (string code in new[] { "CL1001", "CL1003", "CL1004", "CL2002", "CL2004", "CL3001", "CL3003", "CL4001", "CL4002", "CL4003" })
            diagnostics.ShouldContain($" {code}: ", customMessage: diagnostics);
        diagnostics.ShouldContain("[suppressed");
    }

    [Fact]
    public void Renaming_any_name_from_any_place_keeps_the_diagnostics_but_for_the_name()
    {
        ClaimCompilation project = Compile();
        string before = Snapshot(project);
        int renames = 0;
        foreach (Symbol symbol in project.Symbols.Symbols.Where(s => !s.IsBuiltIn).OrderBy(s => s.Name, StringComparer.Ordinal))
        {
            var places = Navigation.FindReferences(ModelOf(project, symbol.Location!.FilePath), symbol.Location.Span.Start, includeDeclaration: true);
            places.Length.ShouldBeGreaterThan(symbol.Name == "Unused_expert" ? 0 : 1, $"{symbol} should be used");
            for (int i = 0; i < places.Length; i++)
            {
                Location place = places[i];
                string newName = NewName(symbol.Name, i);
                int caret = place.Span.Start + i % (place.Span.Length + 1); // start, inside and just after the name
                string where = $"renaming {symbol} to {newName} at {place}";

                RenameResult result = Renamer.Rename(ModelOf(project, place.FilePath), caret, newName);
                result.Error.ShouldBeNull(where);
                ClaimCompilation renamed = FileTextChangeApplier.Apply(project, result.Changes);
                Snapshot(renamed).ShouldBe(Renamed(before, symbol.Name, newName), where);

                Location declaration = renamed.Symbols.Lookup(newName).ShouldNotBeNull(where).Location!;
                RenameResult back = Renamer.Rename(ModelOf(renamed, declaration.FilePath), declaration.Span.End, symbol.Name);
                ClaimCompilation restored = FileTextChangeApplier.Apply(renamed, back.Changes);
                foreach (var (path, _) in Files)
                    FileTextChangeApplier.TextOf(restored, path).ShouldBe(FileTextChangeApplier.TextOf(project, path), where + ", then back");
                renames++;
            }
        }
        renames.ShouldBeGreaterThan(60);
    }

    private static ClaimCompilation Compile() => ClaimCompilation.Create(Files.Select(file => SyntaxTree.ParseText(file.Text, file.Path)));

    private static SemanticModel ModelOf(ClaimCompilation compilation, string path) =>
        compilation.GetSemanticModel(compilation.SyntaxTrees.Single(tree => tree.FilePath == path));

    // Longer, shorter, and in other scripts; none close enough to another name to become a "did you mean".
    private static string NewName(string name, int i) => (i % 3) switch
    {
        0 => name + "_renamed",
        1 => "Zq" + i,
        _ => "Имя_" + i,
    };

    // The name wherever it stands as a whole word (a name's characters are letters, digits and '_').
    private static string Renamed(string snapshot, string oldName, string newName) =>
        Regex.Replace(snapshot, $@"(?<![\p{{L}}\p{{Nd}}_]){Regex.Escape(oldName)}(?![\p{{L}}\p{{Nd}}_])", newName.Replace("$", "$$", StringComparison.Ordinal));

    // Every diagnostic at its file and line, every claim's meaning, and the dataset: none depends on columns,
    // which a longer or shorter name moves on its line. A finding's id hashes its claims' labels, so
    // renaming a label gives its findings new ids: the ids are masked here (FindingId has tests of its own).
    private static string Snapshot(ClaimCompilation compilation) => FindingIds().Replace(SemanticSnapshot.Of(compilation), "F-id");

    [GeneratedRegex("F-[0-9a-f]{10}")]
    private static partial Regex FindingIds();
}
