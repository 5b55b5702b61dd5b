using ClaimLang.Cli.Output;
using ClaimLang.Cli.Tests.TestSupport;

namespace ClaimLang.Cli.Tests.Output;

[UseGermanCulture]
public sealed class SourceExcerptTests
{
    private static readonly string Long = string.Concat(Enumerable.Range(0, 100).Select(i => $"w{i:D3} "));

    [Fact]
    public void Keeps_a_short_line_whole()
    {
        SourceExcerpt excerpt = SourceExcerpt.Create("abc def", 4, 7);

        excerpt.Line.ShouldBe("abc def");
        excerpt.Marker.ShouldBe("    ^~~");
    }

    [Fact]
    public void Cuts_a_long_line_to_a_window_around_the_span()
    {
        int start = Long.IndexOf("w050", StringComparison.Ordinal);

        SourceExcerpt excerpt = SourceExcerpt.Create(Long, start, start + 4);

        excerpt.Line.Length.ShouldBe(SourceExcerpt.Width + 2);
        excerpt.Line.ShouldStartWith("…");
        excerpt.Line.ShouldEndWith("…");
        excerpt.Marker.IndexOf('^', StringComparison.Ordinal).ShouldBe(excerpt.Line.IndexOf("w050", StringComparison.Ordinal));
        excerpt.Marker.ShouldEndWith("^~~~");
    }

    [Fact]
    public void Cuts_only_the_end_when_the_span_is_near_the_start()
    {
        SourceExcerpt excerpt = SourceExcerpt.Create(Long, 5, 9);

        excerpt.Line.ShouldBe(Long[..SourceExcerpt.Width] + "…");
        excerpt.Marker.ShouldBe("     ^~~~");
    }

    [Fact]
    public void Cuts_only_the_start_when_the_span_is_near_the_end()
    {
        SourceExcerpt excerpt = SourceExcerpt.Create(Long, Long.Length - 5, Long.Length - 1);

        excerpt.Line.ShouldBe("…" + Long[^SourceExcerpt.Width..]);
        excerpt.Marker.ShouldBe(new string(' ', SourceExcerpt.Width - 4) + "^~~~");
    }

    [Fact]
    public void Shows_the_start_of_a_span_longer_than_the_window_and_marks_it_to_the_cut()
    {
        SourceExcerpt excerpt = SourceExcerpt.Create(Long, 200, Long.Length);

        excerpt.Line.ShouldBe("…" + Long.Substring(200, SourceExcerpt.Width) + "…");
        excerpt.Marker.ShouldBe(" ^" + new string('~', SourceExcerpt.Width - 1));
    }

    [Fact]
    public void Never_splits_a_character_outside_the_basic_plane_at_the_cut()
    {
        // U+1F4B0 is two UTF-16 units; a window ending between them would print half a character.
        string line = new string('a', SourceExcerpt.Width - 1) + "\U0001F4B0" + new string('b', 50);

        SourceExcerpt excerpt = SourceExcerpt.Create(line, 0, 1);

        excerpt.Line.ShouldBe(new string('a', SourceExcerpt.Width - 1) + "…");
    }
}
