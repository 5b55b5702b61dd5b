using ClaimLang.Diagnostics;
using ClaimLang.Text;

namespace ClaimLang.Core.Tests.Diagnostics;

/// <summary>
/// <see cref="DiagnosticBag"/>: the first diagnostics whole, the rest as code and place, and
/// whether any starts at a place, found by search while they came in source order and by a scan
/// when they did not.
/// </summary>
public sealed class DiagnosticBagTests
{
    private static readonly SourceText Text = SourceText.From(new string('$', 6000));

    private static Diagnostic At(int start) =>
        Diagnostic.Create(DiagnosticDescriptors.InvalidCharacter, Location.Create("a.claim", Text, new TextSpan(start, 1)), "m");

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Every_start_is_found_kept_or_omitted_in_order_or_not(bool shuffled)
    {
        int[] starts = [.. Enumerable.Range(0, DiagnosticLimit.PerFileAndStage + 700).Select(i => i * 3)];
        if (shuffled) new Random(7).Shuffle(starts);
        var bag = new DiagnosticBag();
        foreach (int start in starts) bag.Add(At(start));

        bag.Kept.Count.ShouldBe(DiagnosticLimit.PerFileAndStage);
        bag.Omitted.Count.ShouldBe(700);
        foreach (int start in starts) bag.HasStartAt(start).ShouldBeTrue($"start {start}");
        foreach (int start in starts) bag.HasStartAt(start + 1).ShouldBeFalse($"start {start + 1}");
    }
}
