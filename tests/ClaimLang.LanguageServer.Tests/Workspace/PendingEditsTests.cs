using ClaimLang.LanguageServer.Protocol;
using ClaimLang.LanguageServer.Workspace;

namespace ClaimLang.LanguageServer.Tests.Workspace;

/// <summary>PendingEdits: the queued didChange notifications, by document, in order, the last version kept.</summary>
public sealed class PendingEditsTests
{
    private static readonly TextDocumentContentChangeEvent Typed = new(new LspRange(new LspPosition(0, 0), new LspPosition(0, 0)), "x");

    [Fact]
    public void Each_document_keeps_its_edits_in_order_and_the_version_of_the_last()
    {
        var pending = new PendingEdits();
        pending.Add("file:///a.claim", 2, [Typed]);
        pending.Add("file:///b.claim", 7, [Typed]);
        pending.Add("file:///a.claim", 3, [Typed, Typed]);

        var taken = pending.TakeAll();

        taken.Select(d => (d.Uri, d.Version, d.Changes.Count)).ShouldBe([("file:///a.claim", 3, 3), ("file:///b.claim", 7, 1)]);
        pending.IsEmpty.ShouldBeTrue();
    }

    [Fact]
    public void A_full_text_drops_the_edits_queued_before_it_so_a_full_sync_burst_holds_one_text()
    {
        var pending = new PendingEdits();
        for (int version = 2; version <= 100; version++) pending.Add("file:///a.claim", version, [new TextDocumentContentChangeEvent(null, $"text {version}")]);
        pending.Add("file:///a.claim", 101, [Typed]);

        var (_, last, changes) = pending.TakeAll().Single();

        last.ShouldBe(101);
        changes.Select(c => c.Text).ShouldBe(["text 100", "x"]);
    }
}
