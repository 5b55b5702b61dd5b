using System.Text;
using CsCheck;

namespace ClaimLang.Core.Tests.Generators;

/// <summary>Whole valid files: members with trivia between their tokens and between each other.</summary>
internal static class ValidFiles
{
    /// <summary>A member's tokens joined with random trivia; where tokens may touch, sometimes with none.</summary>
    public static Gen<string> Render(IReadOnlyList<Piece> pieces) =>
        Gen.Select(ValidTokens.Separator.Array[pieces.Count], Gen.Bool.Array[pieces.Count], (separators, touch) =>
        {
            var builder = new StringBuilder(pieces[0].Text);
            for (int i = 1; i < pieces.Count; i++)
            {
                if (!(pieces[i].MayTouchPrevious && touch[i])) builder.Append(separators[i]);
                builder.Append(pieces[i].Text);
            }
            return builder.ToString();
        });

    /// <summary>Members, each given as its pieces, rendered into one file with trivia around and between them.</summary>
    public static Gen<string> Assemble(IReadOnlyList<IReadOnlyList<Piece>> members) =>
        Gen.Select(ValidTokens.FileStart, ValidTokens.MemberSeparator.Array[members.Count], ValidTokens.FileEnd,
                (start, separators, end) => (start, separators, end))
            .SelectMany(layout => RenderAll(members).Select(rendered =>
            {
                var builder = new StringBuilder(layout.start);
                for (int i = 0; i < rendered.Length; i++)
                {
                    if (i > 0) builder.Append(layout.separators[i]);
                    builder.Append(rendered[i]);
                }
                return builder.Append(layout.end).ToString();
            }));

    public static readonly Gen<GeneratedFile> File =
        ValidMembers.Member.Array[1, 8].SelectMany(members =>
            Assemble([.. members.Select(m => m.Pieces)]).Select(text => new GeneratedFile(text, members)));

    /// <summary>A valid file in which one claim has lost its period, and the index of that claim.</summary>
    public static readonly Gen<(GeneratedFile File, int BrokenIndex)> FileWithOneClaimWithoutPeriod =
        Gen.Select(ValidMembers.Member.Array[0, 3], ValidMembers.Claim, ValidMembers.Member.Array[0, 3],
                (before, broken, after) => (Members: (GeneratedMember[])[.. before, broken, .. after], BrokenIndex: before.Length, Broken: broken))
            .SelectMany(chosen =>
                Assemble([.. chosen.Members.Select((m, i) => i == chosen.BrokenIndex ? chosen.Broken.PiecesWithoutPeriod() : m.Pieces)])
                    .Select(text => (new GeneratedFile(text, chosen.Members), chosen.BrokenIndex)));

    private static Gen<string[]> RenderAll(IReadOnlyList<IReadOnlyList<Piece>> members) =>
        members.Count == 0
            ? Gen.Const(Array.Empty<string>())
            : Render(members[0]).SelectMany(first => RenderAll([.. members.Skip(1)]).Select(rest => (string[])[first, .. rest]));
}
