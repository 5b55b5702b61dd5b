using System.Buffers;
using System.Globalization;
using System.IO.Pipelines;
using System.Text;
using System.Text.RegularExpressions;
using ClaimLang.LanguageServer.Hosting;
using ClaimLang.LanguageServer.Protocol;
using StreamJsonRpc;

namespace ClaimLang.LanguageServer.Tests.Hosting;

/// <summary>
/// IncomingMessageFilter over a whole input: frames that are JSON-RPC pass to the connection
/// (framed anew), the others are answered through the reject callback, and reading goes on at
/// the next frame.
/// </summary>
public sealed class IncomingMessageFilterFramingTests
{
    private const string Initialize = """{"jsonrpc":"2.0","id":1,"method":"initialize","params":{}}""";
    private const string Shutdown = """{"jsonrpc":"2.0","id":2,"method":"shutdown"}""";

    private readonly List<(RequestId Id, int Code)> _rejected = [];
    private readonly OutstandingRequests _outstanding = new();

    private static byte[] Frame(string body) => Encoding.UTF8.GetBytes($"Content-Length: {Encoding.UTF8.GetByteCount(body)}\r\n\r\n{body}");

    private static byte[] Raw(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>Runs the filter over <paramref name="input"/> to its end; returns the bodies of the frames it let through, which must be framed as LSP frames them.</summary>
    private async Task<string[]> FilterAsync(params byte[][] input)
    {
        string output = await PassedAsync(input);
        var bodies = new List<string>();
        byte[] bytes = Encoding.UTF8.GetBytes(output);
        int at = 0;
        while (at < bytes.Length)
        {
            string rest = Encoding.UTF8.GetString(bytes, at, bytes.Length - at);
            Match header = Regex.Match(rest, @"\AContent-Length: (\d+)\r\n\r\n");
            header.Success.ShouldBeTrue($"What passed is not framed: {rest}");
            int length = int.Parse(header.Groups[1].Value, CultureInfo.InvariantCulture);
            at += header.Length;
            bodies.Add(Encoding.UTF8.GetString(bytes, at, length));
            at += length;
        }
        return [.. bodies];
    }

    private async Task<string> PassedAsync(byte[][] input)
    {
        var accepted = new Pipe();
        var filter = new IncomingMessageFilter(new MemoryStream(input.SelectMany(b => b).ToArray()), accepted.Writer, _outstanding, (id, code, _) =>
        {
            _rejected.Add((id, code));
            return Task.CompletedTask;
        }, TextWriter.Null);
        await filter.RunAsync(CancellationToken.None);

        var output = new StringBuilder();
        while (true)
        {
            ReadResult read = await accepted.Reader.ReadAsync();
            output.Append(Encoding.UTF8.GetString(read.Buffer.ToArray()));
            accepted.Reader.AdvanceTo(read.Buffer.End);
            if (read.IsCompleted) return output.ToString();
        }
    }

    [Fact]
    public async Task Well_formed_frames_pass_as_they_are()
    {
        (await FilterAsync(Frame(Initialize), Frame(Shutdown))).ShouldBe([Initialize, Shutdown]);
        _rejected.ShouldBeEmpty();
    }

    [Fact]
    public async Task Content_Length_counts_bytes_so_a_body_beyond_ASCII_passes_whole()
    {
        string body = """{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"text":"é😀 𝔘"}}""";

        (await FilterAsync(Frame(body), Frame(Shutdown))).ShouldBe([body, Shutdown]);
    }

    [Fact]
    public async Task A_notification_with_params_that_are_not_an_object_is_dropped_without_an_answer()
    {
        (await FilterAsync(Frame("""{"jsonrpc":"2.0","method":"textDocument/didSave","params":"x"}"""), Frame(Shutdown))).ShouldBe([Shutdown]);

        _rejected.ShouldBeEmpty("a notification is never answered, not even with an error");
    }

    [Fact]
    public async Task A_request_with_params_that_are_not_an_object_is_answered_with_InvalidParams()
    {
        (await FilterAsync(Frame("""{"jsonrpc":"2.0","id":7,"method":"textDocument/hover","params":"x"}"""), Frame(Shutdown))).ShouldBe([Shutdown]);

        _rejected.ShouldBe([(new RequestId(7), LspErrorCodes.InvalidParams)]);
    }

    [Fact]
    public async Task Other_headers_and_the_header_name_in_any_case_are_accepted()
    {
        byte[] framed = Raw($"Content-Type: application/vscode-jsonrpc; charset=utf-8\r\ncontent-length: {Initialize.Length}\r\n\r\n{Initialize}");

        (await FilterAsync(framed)).ShouldBe([Initialize]);
    }

    [Fact]
    public async Task A_frame_that_is_not_JSON_RPC_is_rejected_and_the_frames_around_it_pass()
    {
        (await FilterAsync(Frame(Initialize), Frame("""{"id":"x","method":"m"}"""), Frame("[1]"), Frame(Shutdown))).ShouldBe([Initialize, Shutdown]);
        _rejected.ShouldBe([(new RequestId("x"), LspErrorCodes.InvalidRequest), (RequestId.Null, LspErrorCodes.InvalidRequest)]);
    }

    [Fact]
    public async Task A_header_block_without_Content_Length_is_a_parse_error_and_the_next_frame_passes()
    {
        (await FilterAsync(Raw("Content-Type: text/plain\r\n\r\n"), Frame(Shutdown))).ShouldBe([Shutdown]);
        _rejected.ShouldBe([(RequestId.Null, LspErrorCodes.ParseError)]);
    }

    [Theory]
    [InlineData("Content-Length: twelve")]
    [InlineData("Content-Length: -1")]
    [InlineData("Content-Length: 1.5")]
    [InlineData("Content-Length: 99999999999")]
    public async Task A_Content_Length_that_is_not_a_count_with_no_body_is_a_parse_error(string header)
    {
        (await FilterAsync(Raw(header + "\r\n\r\n"), Frame(Shutdown))).ShouldBe([Shutdown]);
        _rejected.ShouldBe([(RequestId.Null, LspErrorCodes.ParseError)]);
    }

    [Fact]
    public async Task A_Content_Length_that_is_not_a_count_before_a_body_loses_no_later_frame()
    {
        // The length of the body is unknown; the next frame's header is where reading can go on.
        string[] passed = await FilterAsync(Raw("Content-Length: twelve\r\n\r\n{\"jsonrpc\":\"2.0\",\"method\":\"lost\"}"), Frame(Initialize), Frame(Shutdown));

        passed.ShouldBe([Initialize, Shutdown]);
    }

    [Fact]
    public async Task A_Content_Length_shorter_than_its_body_loses_no_later_frame()
    {
        string[] passed = await FilterAsync(Raw("Content-Length: 5\r\n\r\n{\"jsonrpc\":\"2.0\",\"method\":\"cut\"}"), Frame(Initialize), Frame(Shutdown));

        passed.ShouldBe([Initialize, Shutdown]);
        _rejected.First().Code.ShouldBe(LspErrorCodes.ParseError);
    }

    [Fact]
    public async Task Input_that_ends_inside_a_body_passes_nothing_of_it_and_completes()
    {
        byte[] cut = Frame(Shutdown)[..^5];

        (await FilterAsync(Frame(Initialize), cut)).ShouldBe([Initialize]);
        _rejected.ShouldBeEmpty();
    }

    [Fact]
    public async Task Input_that_ends_inside_a_header_block_completes()
    {
        (await FilterAsync(Frame(Initialize), Raw("Content-Len"))).ShouldBe([Initialize]);
    }

    [Fact]
    public async Task A_method_holding_bytes_that_are_not_UTF_8_is_a_parse_error_and_the_next_frame_passes()
    {
        byte[] body = [.. Raw("""{"jsonrpc":"2.0","id":9,"method":"text"""), 0xFF, 0xFE, .. Raw("""Document/hover","params":{}}""")];
        byte[] framed = [.. Raw($"Content-Length: {body.Length}\r\n\r\n"), .. body];

        (await FilterAsync(framed, Frame(Shutdown))).ShouldBe([Shutdown]);
        _rejected.ShouldBe([(RequestId.Null, LspErrorCodes.ParseError)]);
    }
}
