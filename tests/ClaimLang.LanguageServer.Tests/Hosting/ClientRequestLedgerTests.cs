using ClaimLang.LanguageServer.Hosting;

namespace ClaimLang.LanguageServer.Tests.Hosting;

/// <summary>
/// The server, told to exit, waits for the answers to the requests it has read: the ledger's
/// wait ends only when as many responses went out as requests came in (the CLI's session
/// test of initialize, shutdown and exit sent at once lost the answer to initialize without it).
/// </summary>
public sealed class ClientRequestLedgerTests
{
    [Fact]
    public async Task The_wait_ends_when_every_request_read_is_answered()
    {
        var ledger = new ClientRequestLedger();
        ledger.AllAnswered().IsCompleted.ShouldBeTrue("nothing read, nothing to wait for");

        ledger.Accepted();
        ledger.Accepted();
        Task waiting = ledger.AllAnswered();
        waiting.IsCompleted.ShouldBeFalse();
        ledger.Answered();
        waiting.IsCompleted.ShouldBeFalse("one answer of two");
        ledger.Answered();
        await waiting.WaitAsync(TimeSpan.FromSeconds(10));
        ledger.AllAnswered().IsCompleted.ShouldBeTrue();
    }
}
