using ClaimLang.Core.Tests.TestSupport;

namespace ClaimLang.Core.Tests.TestSupportTests;

/// <summary>The diff that baseline failures print must point at the right lines, or it misleads whoever reads it.</summary>
public sealed class LineDiffTests
{
    [Fact]
    public void A_changed_line_shows_as_removed_then_added_with_context()
    {
        string expected = "a\nb\nc\nd\ne\nf\ng\nh\n";
        string actual = "a\nb\nc\nd\nE\nf\ng\nh\n";

        LineDiff.Unified(expected, actual, "old", "new").ShouldBe(
            "--- old\n+++ new\n@@ -2,7 +2,7 @@\n b\n c\n d\n-e\n+E\n f\n g\n h\n");
    }

    [Fact]
    public void Distant_changes_make_separate_hunks_and_added_lines_count_only_on_the_new_side()
    {
        string expected = string.Concat(Enumerable.Range(1, 20).Select(i => $"{i}\n"));
        string actual = "0\n" + expected.Replace("20\n", "");

        LineDiff.Unified(expected, actual, "old", "new").ShouldBe(
            "--- old\n+++ new\n@@ -1,3 +1,4 @@\n+0\n 1\n 2\n 3\n@@ -17,4 +18,3 @@\n 17\n 18\n 19\n-20\n");
    }
}
