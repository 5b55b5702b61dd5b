using System.Collections.Immutable;
using ClaimLang.Binding;
using ClaimLang.Syntax;
using ClaimLang.Text;

namespace ClaimLang.Parsing;

/// <summary>
/// Parses a file again after an edit by parsing only the members the edit touches (with one
/// neighbour on each side) and copying every other member from the old tree, its tokens
/// moved. The result is the tree a full parse of the new text gives, token for token and node
/// for node, diagnostics included (a differential test holds it to that, for valid and broken
/// files). When that cannot be known cheaply it declines, and the caller parses the whole file:
/// the region does not begin and end at line boundaries between members, or the file has a
/// mistake outside the region, or the region's mistakes do not stay between valid members.
/// </summary>
/// <remarks>
/// An editor re-parses the file being edited after every keystroke: for a file of 10,000
/// claims that is most of the time from an edit to its diagnostics (docs/performance.md).
/// </remarks>
internal static class IncrementalParser
{
    /// <summary>
    /// The tree of <paramref name="newText"/>, which is the old tree's text with <paramref name="change"/>
    /// applied; null when the whole file must be parsed.
    /// </summary>
    public static SyntaxTree? TryReparse(SyntaxTree old, TextChange change, string newText)
    {
        // Past the limit a mistake is kept only as a code and a place, which a splice cannot move.
        if (old.Diagnostics.Any(d => !d.RelatedLocations.IsEmpty) || !old.OmittedDiagnostics.IsEmpty) return null;
        ImmutableArray<MemberSyntax> members = old.Root.Members;
        if (members.IsEmpty) return null;
        string oldText = old.Text.Text;
        if (change.Span.Start < 0 || change.Span.End > oldText.Length) return null;

        // The members the change touches or borders.
        int touchedFirst = MemberSearch.LastWhere(members, m => m.FullSpan.End < change.Span.Start) + 1;
        int touchedLast = MemberSearch.LastWhere(members, m => m.FullSpan.Start <= change.Span.End);
        if (touchedFirst >= members.Length || touchedLast < 0) return null;
        (touchedFirst, touchedLast) = (Math.Min(touchedFirst, touchedLast), Math.Max(touchedFirst, touchedLast));
        HashSet<MemberSyntax> broken = SyntaxErrorMembers.Of(old);

        // One more member on each side first: an edit at a member's edge may join it to its
        // neighbour or split it. When the region's mistakes reach its edge (recovery from a
        // word typed into `says` takes the next claim into the broken one), a wider region
        // still has valid members around them; only then is the whole file parsed.
        foreach (int margin in Margins)
        {
            int first = Math.Max(0, touchedFirst - margin);
            int last = Math.Min(members.Length - 1, touchedLast + margin);
            if (TryRegion(old, members, broken, change, newText, first, last) is { } tree) return tree;
            if (first == 0 && last == members.Length - 1) break;
        }
        return null;
    }

    // How many members around those an edit touches a region takes, tried in turn.
    private static readonly int[] Margins = [1, 4, 16];

    private static SyntaxTree? TryRegion(SyntaxTree old, ImmutableArray<MemberSyntax> members, HashSet<MemberSyntax> broken, TextChange change,
        string newText, int first, int last)
    {
        string oldText = old.Text.Text;
        // A file with mistakes: the region must hold every one of them, and its outer members
        // none, so that the region's own mistakes, found again, are all the file has.
        if (broken.Count > 0)
        {
            while (first > 0 && broken.Contains(members[first])) first--;
            while (last < members.Length - 1 && broken.Contains(members[last])) last++;
            if (broken.Contains(members[first]) || broken.Contains(members[last])) return null;
        }
        int regionStart = members[first].FullSpan.Start;
        int regionEnd = members[last].FullSpan.End;
        if (old.Diagnostics.Any(d => d.Location.Span.Start < regionStart || d.Location.Span.End > regionEnd)) return null;
        if (!IsLineStart(oldText, regionStart) || !IsLineStart(oldText, regionEnd) && regionEnd != oldText.Length) return null;
        if (change.Span.Start < regionStart || change.Span.End > regionEnd) return null;

        int delta = change.NewText.Length - change.Span.Length;
        string regionText = newText.Substring(regionStart, regionEnd + delta - regionStart);
        SyntaxTree region = ClaimParser.Parse(SourceText.From(regionText), old.Document);
        if ((!region.Diagnostics.IsEmpty && !MistakesStayInside(region)) || !region.OmittedDiagnostics.IsEmpty) return null;
        // The region must end where a line does, as the old one did, so that the first token
        // after it starts a line in both trees and owns the same leading trivia.
        if (regionText.Length > 0 && regionEnd != oldText.Length && regionText[^1] != '\n') return null;

        return Splice(old, region, newText, regionStart, regionEnd, delta, first, last);
    }

    private static SyntaxTree Splice(SyntaxTree old, SyntaxTree region, string newText, int regionStart, int regionEnd, int delta,
        int firstMember, int lastMember)
    {
        TokenTable oldTable = old.Table;
        TokenTable regionTable = region.Table;
        int startElement = regionStart == 0 ? 0 : oldTable.ElementAt(regionStart);
        int endElement = regionEnd == old.Text.Length ? oldTable.ElementCount - 1 : oldTable.ElementAt(regionEnd); // the old EOF token's element at the end
        if (oldTable.StartAt(startElement) != regionStart || oldTable.StartAt(endElement) != regionEnd) throw new InvalidOperationException("The region does not fall on elements.");
        int regionElements = regionTable.ElementCount - 1; // without its end-of-file token, the last element
        int elementShift = regionElements - (endElement - startElement);

        ReadOnlySpan<int> oldStarts = oldTable.Starts;
        ReadOnlySpan<byte> oldKinds = oldTable.Kinds;
        ReadOnlySpan<int> oldTokens = oldTable.TokenElements;
        int elementCount = oldTable.ElementCount + elementShift;
        var starts = new int[elementCount + 1];
        var kinds = new byte[elementCount];
        oldStarts[..startElement].CopyTo(starts);
        oldKinds[..startElement].CopyTo(kinds);
        for (int i = 0; i < regionElements; i++)
        {
            starts[startElement + i] = regionTable.StartAt(i) + regionStart;
            kinds[startElement + i] = regionTable.Kinds[i];
        }
        for (int i = endElement; i <= oldTable.ElementCount; i++) starts[i + elementShift] = oldStarts[i] + delta;
        oldKinds[endElement..].CopyTo(kinds.AsSpan(endElement + elementShift));

        int prefixTokens = oldTable.FirstTokenFrom(startElement);
        int suffixFirstToken = oldTable.FirstTokenFrom(endElement);
        int regionTokens = regionTable.TokenCount - 1; // without its end-of-file token
        int tokenShift = regionTokens - (suffixFirstToken - prefixTokens);
        var tokenElements = new int[oldTable.TokenCount + tokenShift];
        oldTokens[..prefixTokens].CopyTo(tokenElements);
        for (int i = 0; i < regionTokens; i++) tokenElements[prefixTokens + i] = regionTable.TokenElements[i] + startElement;
        for (int i = suffixFirstToken; i < oldTable.TokenCount; i++) tokenElements[i + tokenShift] = oldTokens[i] + elementShift;

        var tree = new SyntaxTree(SourceText.From(newText), old.Document);
        tree.SetTable(new TokenTable(starts, kinds, tokenElements));
        ImmutableArray<MemberSyntax> oldMembers = old.Root.Members;
        var members = ImmutableArray.CreateBuilder<MemberSyntax>(oldMembers.Length - (lastMember - firstMember + 1) + region.Root.Members.Length);
        var unmoved = new MemberCopier(tree, 0);
        for (int i = 0; i < firstMember; i++) members.Add(unmoved.Copy(oldMembers[i]));
        var fromRegion = new MemberCopier(tree, prefixTokens);
        foreach (MemberSyntax member in region.Root.Members) members.Add(fromRegion.Copy(member));
        var moved = new MemberCopier(tree, tokenShift);
        for (int i = lastMember + 1; i < oldMembers.Length; i++) members.Add(moved.Copy(oldMembers[i]));
        var root = new CompilationUnitSyntax(tree, members.MoveToImmutable(), new SyntaxToken(tree, tokenElements.Length - 1));
        // Every mistake of the file is in the region (TryReparse made sure): the region's, moved.
        tree.Complete(root, [.. region.Diagnostics.Select(d =>
            d.WithLocation(tree.GetLocation(new TextSpan(d.Location.Span.Start + regionStart, d.Location.Span.Length))))], []);
        tree.Edit = new TreeEdit(old, firstMember, region.Root.Members.Length, lastMember + 1, delta);
        return tree;
    }

    // The region's mistakes may be only in members between its first and last, which must
    // parse cleanly: then recovery had a valid member on each side to stop at, as it has in
    // the whole file. A mistake reported at the region's end (an unterminated comment) would
    // reach beyond it.
    private static bool MistakesStayInside(SyntaxTree region)
    {
        ImmutableArray<MemberSyntax> members = region.Root.Members;
        if (members.Length < 3) return false;
        HashSet<MemberSyntax> broken = SyntaxErrorMembers.Of(region);
        if (broken.Contains(members[0]) || broken.Contains(members[^1])) return false;
        int inside = members[0].FullSpan.End, end = members[^1].FullSpan.Start;
        return region.Diagnostics.All(d => d.Location.Span.Start >= inside && d.Location.Span.End <= end && d.RelatedLocations.IsEmpty);
    }

    private static bool IsLineStart(string text, int position) => position == 0 || text[position - 1] == '\n';
}
