using System.Text;
using ClaimLang.LanguageServer.Hosting;
using ClaimLang.LanguageServer.Protocol;
using StreamJsonRpc;

namespace ClaimLang.LanguageServer.Tests.Hosting;

/// <summary>
/// IncomingMessageFilter.Validate: which bodies are JSON-RPC 2.0 messages the connection may see,
/// and for the others the error to answer with and the id it names (null when it has no usable one).
/// </summary>
public sealed class IncomingMessageFilterValidateTests
{
    private static (RequestId Id, int Code, string? Problem) Validate(string body)
    {
        MessageCheck check = IncomingMessageFilter.Validate(Encoding.UTF8.GetBytes(body));
        return (check.Id, check.Code, check.Problem);
    }

    [Theory]
    [InlineData("""{"jsonrpc":"2.0","id":1,"method":"initialize","params":{}}""")]
    [InlineData("""{"jsonrpc":"2.0","id":"a","method":"shutdown"}""")]
    [InlineData("""{"jsonrpc":"2.0","method":"initialized","params":{}}""")]
    [InlineData("""{"jsonrpc":"2.0","method":"exit"}""")]
    [InlineData("""{"jsonrpc":"2.0","id":1,"method":"m","params":[1,2]}""")]
    [InlineData("""{"jsonrpc":"2.0","id":1,"method":"m","params":null}""")]
    [InlineData("""{"jsonrpc":"2.0","id":null,"method":"m"}""")]
    [InlineData("""{"jsonrpc":"2.0","id":7,"result":null}""")]
    [InlineData("""{"jsonrpc":"2.0","id":"x","error":{"code":-32601,"message":"no"}}""")]
    [InlineData("""{"method":"m","params":{},"id":3,"jsonrpc":"2.0"}""")]
    public void A_request_notification_or_response_passes(string body)
    {
        Validate(body).Problem.ShouldBeNull();
    }

    [Theory]
    [InlineData("""{"jsonrpc":"2.0","id":1,"method":""")]
    [InlineData("not json")]
    [InlineData("")]
    [InlineData("""{"jsonrpc":"2.0",}""")]
    public void A_body_that_is_not_JSON_is_a_parse_error_with_no_id(string body)
    {
        (RequestId id, int code, string? problem) = Validate(body);

        code.ShouldBe(LspErrorCodes.ParseError);
        id.ShouldBe(RequestId.Null);
        problem.ShouldNotBeNull().ShouldStartWith("The message is not valid JSON");
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("""[{"jsonrpc":"2.0","id":1,"method":"m"}]""")]
    [InlineData("42")]
    [InlineData("\"text\"")]
    [InlineData("null")]
    [InlineData("true")]
    public void JSON_that_is_not_an_object_is_an_invalid_request_with_no_id(string body)
    {
        (RequestId id, int code, string? problem) = Validate(body);

        code.ShouldBe(LspErrorCodes.InvalidRequest);
        id.ShouldBe(RequestId.Null);
        problem.ShouldBe("A message must be a JSON object.");
    }

    [Theory]
    [InlineData("""{"id":"r1","method":"m"}""")]
    [InlineData("""{"jsonrpc":"1.0","id":"r1","method":"m"}""")]
    [InlineData("""{"jsonrpc":2.0,"id":"r1","method":"m"}""")]
    public void A_message_that_is_not_JSON_RPC_2_0_is_an_invalid_request_naming_its_id(string body)
    {
        (RequestId id, int code, string? problem) = Validate(body);

        code.ShouldBe(LspErrorCodes.InvalidRequest);
        id.ShouldBe(new RequestId("r1"));
        problem.ShouldNotBeNull().ShouldContain("\"jsonrpc\": \"2.0\"");
    }

    [Fact]
    public void A_numeric_id_is_named_as_a_number()
    {
        Validate("""{"id":42,"method":"m"}""").Id.ShouldBe(new RequestId(42));
    }

    [Theory]
    [InlineData("""{"jsonrpc":"2.0","id":1.5,"method":"m"}""")]
    [InlineData("""{"jsonrpc":"2.0","id":1e400,"method":"m"}""")]
    [InlineData("""{"jsonrpc":"2.0","id":{"n":1},"method":"m"}""")]
    [InlineData("""{"jsonrpc":"2.0","id":[1],"method":"m"}""")]
    [InlineData("""{"jsonrpc":"2.0","id":true,"method":"m"}""")]
    public void An_id_that_is_neither_a_string_nor_an_integer_is_an_invalid_request_with_no_id(string body)
    {
        (RequestId id, int code, string? problem) = Validate(body);

        code.ShouldBe(LspErrorCodes.InvalidRequest);
        id.ShouldBe(RequestId.Null);
        problem.ShouldBe("A message's id must be a string or an integer.");
    }

    [Fact]
    public void A_method_that_is_not_a_string_is_an_invalid_request()
    {
        (RequestId id, int code, _) = Validate("""{"jsonrpc":"2.0","id":"m1","method":42}""");

        code.ShouldBe(LspErrorCodes.InvalidRequest);
        id.ShouldBe(new RequestId("m1"));
    }

    [Theory]
    [InlineData("\"text\"")]
    [InlineData("5")]
    [InlineData("true")]
    public void Params_that_are_neither_an_object_nor_an_array_are_invalid_params(string parameters)
    {
        (RequestId id, int code, string? problem) = Validate($$"""{"jsonrpc":"2.0","id":"p1","method":"m","params":{{parameters}}}""");

        code.ShouldBe(LspErrorCodes.InvalidParams);
        id.ShouldBe(new RequestId("p1"));
        problem.ShouldBe("A message's params must be an object or an array.");
    }

    [Theory]
    [InlineData("""{"jsonrpc":"2.0","id":"e1"}""")]
    [InlineData("""{"jsonrpc":"2.0","id":"e1","params":{}}""")]
    public void A_message_with_neither_a_method_nor_a_result_is_an_invalid_request(string body)
    {
        (RequestId id, int code, string? problem) = Validate(body);

        code.ShouldBe(LspErrorCodes.InvalidRequest);
        id.ShouldBe(new RequestId("e1"));
        problem.ShouldNotBeNull().ShouldContain("must have a method");
    }

    [Fact]
    public void A_result_without_an_id_is_an_invalid_request()
    {
        Validate("""{"jsonrpc":"2.0","result":null}""").Code.ShouldBe(LspErrorCodes.InvalidRequest);
    }

    [Theory]
    [InlineData("""{"jsonrpc":"2.0","id":3,"result":null}""", true)]
    [InlineData("""{"jsonrpc":"2.0","id":"x","error":{"code":-32603,"message":"late"}}""", true)]
    [InlineData("""{"jsonrpc":"2.0","id":3,"method":"shutdown"}""", false)]
    [InlineData("""{"jsonrpc":"2.0","method":"exit"}""", false)]
    public void Responses_are_told_from_requests_and_notifications(string body, bool isResponse)
    {
        MessageCheck check = IncomingMessageFilter.Validate(Encoding.UTF8.GetBytes(body));

        check.Problem.ShouldBeNull();
        check.IsResponse.ShouldBe(isResponse);
    }

    [Theory]
    [InlineData("""{"jsonrpc":"2.0","id":1,"method":"text#Document/hover"}""")]
    [InlineData("""{"jsonrpc":"2.0","method":"#"}""")]
    [InlineData("""{"jsonrpc":"2.0","id":"#","method":"shutdown"}""")]
    [InlineData("""{"jsonrpc":"2.0","id":1,"method":"m","params":{"textDocument":{"uri":"file:///#.claim"}}}""")]
    [InlineData("""{"jsonrpc":"2.0","id":1,"method":"m","params":[["#"]]}""")]
    [InlineData("""{"jsonrpc":"2.0","id":1,"method":"m","params":{"#":1}}""")]
    [InlineData("""{"jsonrpc":"2.0","id":1,"#":0,"method":"m"}""")]
    [InlineData("""{"jsonrpc":"2.0","id":1,"method":"m","extra":"#"}""")]
    public void A_string_holding_bytes_that_are_not_UTF_8_is_a_parse_error(string body)
    {
        // '#' stands for bytes that no UTF-8 text holds: a lone continuation byte and a truncated sequence.
        byte[] bytes = [.. Encoding.UTF8.GetBytes(body).SelectMany(b => b == (byte)'#' ? new byte[] { 0x80, 0xE2, 0x82 } : [b])];

        MessageCheck check = IncomingMessageFilter.Validate(bytes);

        check.Code.ShouldBe(LspErrorCodes.ParseError);
        check.Id.ShouldBe(RequestId.Null);
        check.Problem.ShouldNotBeNull().ShouldContain("not UTF-8");
    }
}
