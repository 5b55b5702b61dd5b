using System.Diagnostics.CodeAnalysis;
using System.IO.Pipelines;
using System.Text.Json.Serialization;
using ClaimLang.LanguageServer.Protocol;
using Microsoft.VisualStudio.Threading;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace ClaimLang.LanguageServer.Hosting;

/// <summary>Runs the language server over a pair of streams (claimc lsp: standard input and output) until the client says exit.</summary>
public static class LanguageServerHost
{
    private static readonly TimeSpan ExitGrace = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Serves one client. Returns the process exit code the protocol asks for: 0 when the client
    /// sent shutdown before exit, 1 when it exited without shutdown or the connection ended.
    /// </summary>
    /// <param name="log">Where the server writes what goes wrong (standard error: editors show it in the server's output).</param>
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Every message type is resolved by LspJsonContext, which comes first in the formatter's resolver chain; the RPC target's methods are kept by the rooted server type.")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "As above: serialization is source-generated, no code is generated at run time.")]
    public static async Task<int> RunAsync(Stream input, Stream output, TextWriter log)
    {
        // A check runs on every core (Parallel): without spare pool threads, reading the client's
        // messages and applying edits would wait behind it, and a burst of edits would trickle in
        // one at a time instead of being applied together (docs/performance.md, rapid edits).
        ThreadPool.GetMinThreads(out int workers, out int completionPorts);
        ThreadPool.SetMinThreads(Math.Max(workers, 8), completionPorts);
        var formatter = new SystemTextJsonFormatter();
        formatter.JsonSerializerOptions.TypeInfoResolverChain.Insert(0, LspJsonContext.Default);
        formatter.JsonSerializerOptions.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase;
        formatter.JsonSerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;

        // Messages reach the connection through a filter that answers malformed ones itself and
        // drops responses to requests the server never sent; the server's own messages go out
        // through a pump that notes the ids of its requests.
        var incoming = new Pipe();
        var outgoing = new Pipe();
        var outstanding = new OutstandingRequests();
        // The filter reads the client only while the server keeps up (DispatchBacklog).
        var backlog = new DispatchBacklog(DispatchBacklog.DefaultLimit);
        using var handler = new PacedMessageHandler(outgoing.Writer, incoming.Reader, formatter, backlog);
        var ledger = new ClientRequestLedger();
        var filter = new IncomingMessageFilter(input, incoming.Writer, outstanding, (id, code, message) => Reject(handler, id, code, message, log), log)
        {
            Backlog = backlog,
            Ledger = ledger,
        };
        var pump = new OutgoingMessagePump(outgoing.Reader, output, outstanding) { Ledger = ledger };
        using var rpc = new LspConnection(handler, log);
        // Notifications that change the workspace are applied one at a time, in arrival order.
        rpc.SynchronizationContext = new NonConcurrentSynchronizationContext(sticky: false);
        handler.DispatchContext = rpc.SynchronizationContext;
        if (Environment.GetEnvironmentVariable("CLAIMLANG_LSP_TRACE") is "1")
        {
            // For diagnosing a client: the connection's own account of every message, on the log.
            rpc.TraceSource.Switch.Level = System.Diagnostics.SourceLevels.Verbose;
            rpc.TraceSource.Listeners.Add(new System.Diagnostics.TextWriterTraceListener(log));
        }
        var server = new ClaimLanguageServer(rpc, log, backlog);
        // A client may close its end right after sending exit: the connection must not end
        // before the messages already read (shutdown, exit) are handled. They get a moment.
        filter.AtEndOfInput = () => Task.WhenAny(server.Exited, Task.Delay(ExitGrace));
        rpc.AddLocalRpcTarget(server, new JsonRpcTargetOptions { AllowNonPublicInvocation = false });
        rpc.StartListening();
        _ = filter.RunAsync(CancellationToken.None);
        Task pumping = pump.RunAsync(CancellationToken.None);

        Task finished = await Task.WhenAny(server.Exited, rpc.Completion).ConfigureAwait(false);
        int exitCode = finished == server.Exited ? await server.Exited.ConfigureAwait(false) : 1;

        // Every request read before exit is answered (a client may send initialize, shutdown and
        // exit at once), and what the server sent reaches the client before the process ends:
        // the connection is closed, and the pump drains what it was given.
        await Task.WhenAny(ledger.AllAnswered(), Task.Delay(ExitGrace)).ConfigureAwait(false);
        rpc.Dispose();
        await outgoing.Writer.CompleteAsync().ConfigureAwait(false);
        await Task.WhenAny(pumping, Task.Delay(ExitGrace)).ConfigureAwait(false);
        return exitCode;
    }

    private static async Task Reject(HeaderDelimitedMessageHandler handler, RequestId id, int code, string message, TextWriter log)
    {
        await log.WriteLineAsync($"claimc lsp: rejected a message: {message}").ConfigureAwait(false);
        var error = new JsonRpcError { RequestId = id, Error = new JsonRpcError.ErrorDetail { Code = (JsonRpcErrorCode)code, Message = message } };
        await handler.WriteAsync(error, CancellationToken.None).ConfigureAwait(false);
    }
}
