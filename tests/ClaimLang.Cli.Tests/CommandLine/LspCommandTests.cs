using System.Text;
using System.Text.Json;
using ClaimLang.Cli.Tests.TestSupport;

namespace ClaimLang.Cli.Tests.CommandLine;

/// <summary>
/// <c>claimc lsp</c> in-process, over streams the test gives it: a whole session (initialize,
/// shutdown, exit) read from input, the framed answers written to output, and the exit code the
/// protocol asks for. The protocol itself is tested through a real client in
/// tests/ClaimLang.LanguageServer.Tests.
/// </summary>
[UseGermanCulture]
public sealed class LspCommandTests
{
    private static byte[] Frame(string body) => Encoding.UTF8.GetBytes($"Content-Length: {Encoding.UTF8.GetByteCount(body)}\r\n\r\n{body}");

    private static (int ExitCode, string Output, string Error) RunSession(string folder, params string[] messages)
    {
        var input = new MemoryStream([.. messages.SelectMany(Frame)]);
        var output = new MemoryStream();
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var environment = new ClaimcEnvironment(stdout, stderr, folder) { OpenStandardStreams = () => (input, new NonClosingStream(output)) };
        int exitCode = ClaimcApp.Run(["lsp", "--stdio"], environment);
        stdout.ToString().ShouldBeEmpty("nothing but the protocol may go to standard output");
        return (exitCode, Encoding.UTF8.GetString(output.ToArray()), stderr.ToString());
    }

    [Fact]
    public void A_session_of_initialize_shutdown_and_exit_answers_both_requests_and_exits_with_0()
    {
        using var folder = new TempFolder();
        string root = new Uri(folder.Path + Path.DirectorySeparatorChar).AbsoluteUri;

        var (exitCode, output, error) = RunSession(folder.Path,
            """{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":""" + JsonSerializer.Serialize(root) + ""","capabilities":{}}}""",
            """{"jsonrpc":"2.0","id":2,"method":"shutdown"}""",
            """{"jsonrpc":"2.0","method":"exit"}""");

        exitCode.ShouldBe(0, error);
        string[] bodies = output.Split("Content-Length: ", StringSplitOptions.RemoveEmptyEntries)
            .Select(frame => frame[(frame.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..])
            .ToArray();
        using JsonDocument initialized = JsonDocument.Parse(bodies.Single(b => b.Contains("\"id\":1", StringComparison.Ordinal)));
        JsonElement capabilities = initialized.RootElement.GetProperty("result").GetProperty("capabilities");
        capabilities.GetProperty("textDocumentSync").GetProperty("change").GetInt32().ShouldBe(2);
        capabilities.GetProperty("hoverProvider").GetBoolean().ShouldBeTrue();
        initialized.RootElement.GetProperty("result").GetProperty("serverInfo").GetProperty("name").GetString().ShouldBe("claimc");
        bodies.ShouldContain(b => b.Contains("\"id\":2", StringComparison.Ordinal) && b.Contains("\"result\":null", StringComparison.Ordinal));
    }

    [Fact]
    public void Input_that_ends_without_exit_ends_the_server_with_1()
    {
        using var folder = new TempFolder();

        var (exitCode, _, _) = RunSession(folder.Path, """{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}""");

        exitCode.ShouldBe(1);
    }

    // The host disposes the output when the session ends; the test reads it afterwards.
    private sealed class NonClosingStream(Stream inner) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => inner.Length;
        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
