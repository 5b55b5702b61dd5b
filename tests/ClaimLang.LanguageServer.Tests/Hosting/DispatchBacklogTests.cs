using System.IO.Pipelines;
using System.Text;
using ClaimLang.LanguageServer.Hosting;

namespace ClaimLang.LanguageServer.Tests.Hosting;

/// <summary>
/// DispatchBacklog and the filter: while the server has not got to the messages let through,
/// the filter lets no more through and so stops reading the client.
/// </summary>
public sealed class DispatchBacklogTests
{
    private static string Notification(int version) =>
        $$$"""{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///a.claim","version":{{{version}}}},"contentChanges":[{"text":"{{{new string('x', 100)}}}"}]}}""";

    private static byte[] Frame(string body) => Encoding.UTF8.GetBytes($"Content-Length: {Encoding.UTF8.GetByteCount(body)}\r\n\r\n{body}");

    [Fact]
    public async Task A_message_waits_while_the_queue_is_full_and_enters_when_the_server_reaches_the_oldest()
    {
        var backlog = new DispatchBacklog(limit: 100);
        await backlog.EnterAsync(60, CancellationToken.None);
        await backlog.EnterAsync(60, CancellationToken.None); // under the limit when it came: in

        Task third = backlog.EnterAsync(10, CancellationToken.None);
        third.IsCompleted.ShouldBeFalse();
        backlog.QueuedBytes.ShouldBe(120);

        backlog.Reached();
        await third;
        backlog.QueuedBytes.ShouldBe(70);
    }

    [Fact]
    public async Task The_filter_lets_one_message_through_at_a_time_when_each_fills_the_queue()
    {
        byte[] input = [.. Frame(Notification(2)), .. Frame(Notification(3)), .. Frame(Notification(4))];
        var accepted = new Pipe();
        var backlog = new DispatchBacklog(limit: 1);
        var filter = new IncomingMessageFilter(new MemoryStream(input), accepted.Writer, new OutstandingRequests(),
            (_, _, _) => Task.CompletedTask, TextWriter.Null) { Backlog = backlog };
        Task running = filter.RunAsync(CancellationToken.None);

        for (int version = 2; version <= 4; version++)
        {
            // Only the message the server has not reached yet is there: the next one cannot pass before Reached.
            string passed = await ReadAllAvailableAsync(accepted.Reader);
            passed.ShouldContain($"\"version\":{version}");
            passed.ShouldNotContain($"\"version\":{version + 1}");
            backlog.QueuedBytes.ShouldBe(Encoding.UTF8.GetByteCount(Notification(version)));
            if (version < 4) running.IsCompleted.ShouldBeFalse(); // it waits to let the next one in
            backlog.Reached();
        }
        await running;
        backlog.QueuedBytes.ShouldBe(0);
    }

    // What the filter has written so far, once it has written a whole frame (one flush each).
    private static async Task<string> ReadAllAvailableAsync(PipeReader reader)
    {
        ReadResult read = await reader.ReadAsync();
        string text = Encoding.UTF8.GetString(read.Buffer);
        reader.AdvanceTo(read.Buffer.End);
        return text;
    }
}
