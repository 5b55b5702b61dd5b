using ClaimLang.Cli.Output;
using ClaimLang.Cli.Tests.TestSupport;
using ClaimLang.Diagnostics;
using ClaimLang.Text;

namespace ClaimLang.Cli.Tests.Output;

[UseGermanCulture]
public sealed class TextFormatterTests
{
    private static string Render(IReadOnlyDictionary<string, SourceText> sources, params Diagnostic[] diagnostics) =>
        TestReports.Render(new TextFormatter(TextStyle.Plain), TestReports.Create(sources, diagnostics));

    [Fact]
    public void Prints_the_header_the_source_line_a_marker_under_the_span_and_a_summary()
    {
        string output = Render(SampleFiles.Sources, SampleFiles.MissingEntity());

        output.ShouldBe(
            "aid/iran.claim(1,25): error CL0001: expected an entity name after '->', found the number '36e9'\n" +
            "   | source BBC says Iran -> 36e9 USD 2011\n" +
            "   |                         ^~~~\n" +
            "\n" +
            "1 error in 2 files\n");
    }

    [Fact]
    public void Prints_related_locations_as_notes()
    {
        string output = Render(SampleFiles.Sources, SampleFiles.Conflict());

        output.ShouldBe(
            "aid/syria.claim(1,70): warning CL4001: 15e9..20e9 USD/yr over 2011..2015 (5 years) is 72.5e9..102.5e9 USD in total, but BBC says at most 36.5e9 USD over 2011..2016\n" +
            "   | heydemann: source Bloomberg quoting Heydemann says Iran -> Syria aid 15e9..20e9 USD/yr 2011..2015\n" +
            "   |                                                                      ^~~~~~~~~~\n" +
            "  aid/iran.claim(2,1): note: BBC says 36e9 USD over 2011..2016\n" +
            "\n" +
            "1 warning in 2 files\n");
    }

    [Fact]
    public void Keeps_tabs_in_the_marker_line_so_the_caret_stays_under_the_span()
    {
        var text = SourceText.From("\tsource\tBBC says x\n");
        var sources = new Dictionary<string, SourceText> { ["t.claim"] = text };

        string[] lines = Render(sources, TestDiagnostics.At(DiagnosticDescriptors.SyntaxError, "t.claim", text, "BBC", "m")).Split('\n');

        lines[0].ShouldBe("t.claim(1,9): error CL0001: m");
        lines[1].ShouldBe("   | \tsource\tBBC says x");
        lines[2].ShouldBe("   | \t      \t^~~");
    }

    [Fact]
    public void Clips_a_span_over_several_lines_to_its_first_line()
    {
        var text = SourceText.From("note \"abc\nmore\n");
        var sources = new Dictionary<string, SourceText> { ["m.claim"] = text };
        var span = TextSpan.FromBounds(5, text.Length);

        string[] lines = Render(sources, TestDiagnostics.At(DiagnosticDescriptors.Unterminated, "m.claim", text, span, "unterminated string")).Split('\n');

        lines[1].ShouldBe("   | note \"abc");
        lines[2].ShouldBe("   |      ^~~~");
        lines[3].ShouldBe("");
    }

    [Fact]
    public void Marks_an_empty_span_at_the_end_of_a_line_with_a_caret_after_the_last_character()
    {
        var text = SourceText.From("source BBC says Iran ->\r\nnext\r\n");
        var sources = new Dictionary<string, SourceText> { ["e.claim"] = text };
        var span = new TextSpan("source BBC says Iran ->".Length, 0);

        string[] lines = Render(sources, TestDiagnostics.At(DiagnosticDescriptors.SyntaxError, "e.claim", text, span, "expected an entity")).Split('\n');

        lines[0].ShouldBe("e.claim(1,24): error CL0001: expected an entity");
        lines[1].ShouldBe("   | source BBC says Iran ->");
        lines[2].ShouldBe("   |                        ^");
    }

    [Fact]
    public void No_printed_line_can_be_read_as_a_GitHub_workflow_command()
    {
        // CI prints this report into its log, where a line starting with "::" (after spaces) is a
        // command to the runner, and "##[" anywhere an old-style one.
        var text = SourceText.From("::error::forged\n::add-mask::x\nx ##[add-mask]y\n");
        var other = SourceText.From("  ::warning::also\n");
        var sources = new Dictionary<string, SourceText> { ["::x.claim"] = text, ["::y.claim"] = other };

        string output = Render(sources,
            TestDiagnostics.At(DiagnosticDescriptors.SyntaxError, "::x.claim", text, "::error::forged", "m",
                TestDiagnostics.Related("::y.claim", other, "::warning", "n")),
            TestDiagnostics.At(DiagnosticDescriptors.SyntaxError, "::x.claim", text, "::add-mask::x", "::add-mask::m"),
            TestDiagnostics.At(DiagnosticDescriptors.SyntaxError, "::x.claim", text, "y", "m"));

        output.Split('\n').ShouldAllBe(line => !line.TrimStart().StartsWith("::", StringComparison.Ordinal));
        output.ShouldNotContain("##[");
        output.ShouldContain("\\u003a:x.claim(1,1): error CL0001: m\n   | ::error::forged\n   | ^~~~~~~~~~~~~~~\n");
        output.ShouldContain("  \\u003a:y.claim(1,3): note: n\n");
        output.ShouldContain("   | x #\\u0023[add-mask]y\n");
    }

    [Fact]
    public void Shows_control_characters_and_bidi_overrides_escaped_with_the_caret_still_under_the_span()
    {
        var text = SourceText.From("note \"\u001b[31mred\u202e\u0085\" BBC\n");
        var sources = new Dictionary<string, SourceText> { ["t.claim"] = text };

        string output = Render(sources, TestDiagnostics.At(DiagnosticDescriptors.SyntaxError, "t.claim", text, "BBC", "name '\u001b[31mx\u2066'",
            TestDiagnostics.Related("t.claim", text, "note", "said \u001b]8;;http://a\u0007here\u202e\r\n")));
        string[] lines = output.Split('\n');

        lines[0].ShouldBe("t.claim(1,19): error CL0001: name '\\u001b[31mx\\u2066'");
        lines[1].ShouldBe("   | note \"\\u001b[31mred\\u202e\\u0085\" BBC");
        lines[2].IndexOf('^', StringComparison.Ordinal).ShouldBe(lines[1].IndexOf("BBC", StringComparison.Ordinal));
        lines[2].ShouldEndWith("^~~");
        lines[3].ShouldBe("  t.claim(1,1): note: said \\u001b]8;;http://a\\u0007here\\u202e\\u000d\\u000a");
        output.ShouldNotContain('\u001b');
        output.ShouldNotContain('\u202e');
    }

    [Theory]
    [InlineData('x')]
    [InlineData('\u001b')]
    public void Prints_a_bounded_excerpt_of_a_long_line_with_the_caret_under_the_span(char junk)
    {
        // 200 KB on one line: printing it whole under each diagnostic would flood the log.
        string filler = new(junk, 100_000);
        var text = SourceText.From($"source {filler} BAD {filler}\n");
        var sources = new Dictionary<string, SourceText> { ["long.claim"] = text };

        string output = Render(sources,
            TestDiagnostics.At(DiagnosticDescriptors.SyntaxError, "long.claim", text, "BAD", "m"),
            TestDiagnostics.At(DiagnosticDescriptors.SyntaxError, "long.claim", text, "source", "m"));
        string[] lines = output.Split('\n');

        // Two diagnostics, each well under 2 KB (a line of escapes is six characters a character).
        output.Length.ShouldBeLessThan(2 * 2_000);
        // In the order of the file: the span at its start first.
        lines[1].ShouldStartWith("   | source ");
        lines[1].ShouldEndWith("…");
        lines[2].ShouldBe("   | ^~~~~~");
        lines[5].ShouldStartWith("   | …");
        lines[5].ShouldEndWith("…");
        lines[6].IndexOf('^', StringComparison.Ordinal).ShouldBe(lines[5].IndexOf("BAD", StringComparison.Ordinal));
        lines[6].ShouldEndWith("^~~");
    }

    [Fact]
    public void Leaves_out_suppressed_diagnostics_but_counts_them_in_the_summary()
    {
        string output = Render(SampleFiles.Sources, SampleFiles.Conflict().WithSuppressed(true));

        output.ShouldBe("no problems in 2 files (1 suppressed)\n");
    }

    [Fact]
    public void Summarises_each_severity_with_plurals()
    {
        string output = Render(SampleFiles.Sources,
            SampleFiles.MissingEntity(),
            SampleFiles.MissingEntity().WithSeverity(DiagnosticSeverity.Error),
            SampleFiles.Conflict(),
            SampleFiles.StatedTwice());

        output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1].ShouldBe("2 errors, 1 warning, 1 info in 2 files");
    }

    [Fact]
    public void Says_no_problems_when_there_are_none()
    {
        Render(new Dictionary<string, SourceText> { ["a.claim"] = SourceText.From("") }).ShouldBe("no problems in 1 file\n");
        Render(new Dictionary<string, SourceText>()).ShouldBe("no problems in 0 files\n");
    }

    [Fact]
    public void Colours_only_when_asked()
    {
        var report = TestReports.Create(SampleFiles.Sources, SampleFiles.MissingEntity());

        string plain = TestReports.Render(new TextFormatter(TextStyle.Plain), report);
        string coloured = TestReports.Render(new TextFormatter(TextStyle.Ansi), report);

        plain.ShouldNotContain("\u001b[");
        coloured.ShouldContain("\u001b[1;31merror CL0001\u001b[0m");
        StripAnsi(coloured).ShouldBe(plain);
    }

    private static string StripAnsi(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text, "\u001b\\[[0-9;]*m", "");
}
