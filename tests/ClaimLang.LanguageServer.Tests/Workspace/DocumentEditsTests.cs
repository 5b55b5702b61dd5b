using ClaimLang.LanguageServer.Protocol;
using ClaimLang.LanguageServer.Workspace;

namespace ClaimLang.LanguageServer.Tests.Workspace;

/// <summary>
/// DocumentEdits.Apply: the editor's incremental edits, applied in order, each to the text the one
/// before left; positions in UTF-16 code units; positions outside the text clamped to it.
/// </summary>
public sealed class DocumentEditsTests
{
    private static TextDocumentContentChangeEvent Change(int startLine, int startCharacter, int endLine, int endCharacter, string text) =>
        new(new LspRange(new LspPosition(startLine, startCharacter), new LspPosition(endLine, endCharacter)), text);

    private static TextDocumentContentChangeEvent Insert(int line, int character, string text) => Change(line, character, line, character, text);

    private static string Apply(string text, params TextDocumentContentChangeEvent[] changes) => DocumentEdits.Apply(ClaimLang.Text.SourceText.From(text), changes);

    [Fact]
    public void An_insert_goes_at_its_position()
    {
        Apply("source A says\nentity B\n", Insert(1, 6, " X")).ShouldBe("source A says\nentity X B\n");
    }

    [Fact]
    public void A_delete_removes_its_range()
    {
        Apply("source A says\nentity B\n", Change(0, 6, 0, 8, "")).ShouldBe("source says\nentity B\n");
    }

    [Fact]
    public void A_replacement_over_several_lines_joins_them()
    {
        Apply("one\ntwo\nthree\nfour\n", Change(0, 2, 2, 3, "-")).ShouldBe("on-ee\nfour\n");
    }

    [Fact]
    public void Several_changes_apply_in_order_each_to_the_text_the_one_before_left()
    {
        string text = Apply("abc\ndef\n",
            Insert(0, 0, "X\n"),      // now X / abc / def
            Change(1, 1, 2, 1, ""),   // a + ef: X / aef
            Insert(1, 3, "!"));

        text.ShouldBe("X\naef!\n");
    }

    [Fact]
    public void A_change_without_a_range_replaces_the_whole_text_and_later_changes_refer_to_the_new_text()
    {
        Apply("old text\n", new TextDocumentContentChangeEvent(null, "new\n"), Insert(0, 3, "er")).ShouldBe("newer\n");
    }

    [Fact]
    public void No_changes_leave_the_text_as_it_is()
    {
        Apply("text\n").ShouldBe("text\n");
    }

    [Fact]
    public void A_change_with_no_text_deletes()
    {
        Apply("abc", new TextDocumentContentChangeEvent(new LspRange(new LspPosition(0, 1), new LspPosition(0, 2)), null!)).ShouldBe("ac");
    }

    [Fact]
    public void Characters_count_UTF16_code_units_so_an_emoji_takes_two()
    {
        Apply("a😀b\n", Insert(0, 3, "|")).ShouldBe("a😀|b\n");
        Apply("a😀b\n", Change(0, 1, 0, 3, "x")).ShouldBe("axb\n");
    }

    [Fact]
    public void A_character_past_the_end_of_its_line_means_the_line_end_before_the_line_break()
    {
        Apply("ab\ncd\n", Insert(0, 50, "!")).ShouldBe("ab!\ncd\n");
    }

    [Fact]
    public void A_character_past_the_end_of_a_CRLF_line_stops_before_the_CR()
    {
        Apply("ab\r\ncd\r\n", Insert(0, 3, "!")).ShouldBe("ab!\r\ncd\r\n");
        Apply("ab\r\ncd\r\n", Change(0, 2, 1, 0, " ")).ShouldBe("ab cd\r\n");
    }

    [Fact]
    public void A_lone_CR_ends_a_line_as_LF_and_CRLF_do()
    {
        Apply("ab\rcd\nef\r\ngh", Insert(1, 1, "|"), Insert(2, 0, "|"), Insert(3, 2, "|")).ShouldBe("ab\rc|d\n|ef\r\ngh|");
    }

    [Fact]
    public void A_line_past_the_last_means_the_end_of_the_text()
    {
        Apply("ab\ncd", Insert(7, 3, "!")).ShouldBe("ab\ncd!");
        Apply("ab\ncd\n", Change(1, 1, 99, 0, "")).ShouldBe("ab\nc");
    }

    [Fact]
    public void Negative_positions_mean_the_start()
    {
        Apply("ab\ncd", Change(-1, 0, 0, 1, "")).ShouldBe("b\ncd");
        Apply("ab\ncd", Insert(1, -5, "!")).ShouldBe("ab\n!cd");
    }

    [Fact]
    public void An_end_before_the_start_is_an_insert_at_the_start()
    {
        Apply("abcdef", Change(0, 4, 0, 1, "!")).ShouldBe("abcd!ef");
    }

    [Fact]
    public void The_largest_character_the_protocol_allows_means_the_line_end_on_every_line()
    {
        // uinteger's largest value, as a client may send for "the end of the line": added to the
        // line's start offset it must not overflow.
        Apply("ab\ncd\nef\n", Insert(1, int.MaxValue, "!")).ShouldBe("ab\ncd!\nef\n");
        Apply("ab\ncd\nef\n", Change(0, int.MaxValue, 2, int.MaxValue, "")).ShouldBe("ab\n");
    }

    [Fact]
    public void Edits_at_the_end_of_an_empty_text_insert()
    {
        Apply("", Insert(0, 0, "x"), Insert(0, 1, "\r\n"), Insert(1, 0, "y")).ShouldBe("x\r\ny");
    }
}
