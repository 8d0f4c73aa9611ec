using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovGraph.Api.Tests.Infrastructure;
using GovGraph.Api.Tests.Transport;

namespace GovGraph.Api.Tests.Hostile;

/// <summary>
/// Hostile graphql-transport-ws messages after the handshake: the server answers with an <c>error</c> message
/// whose errors carry stable codes, or closes with a protocol code (4400 and friends), never 1011 or 4500; no data
/// changes and the server still takes new connections.
/// </summary>
[Collection(SeededCollection.Name)]
public sealed class WebSocketHostileTests(SeededFactory factory)
{
    private static readonly IReadOnlyDictionary<string, byte[]> Messages = new Dictionary<string, byte[]>
    {
        ["not JSON"] = Text("{ subscribe"),
        ["invalid UTF-8"] = [.. "{\"type\":\"ping\",\"x\":\""u8, 0xC0, 0xAF, .. "\"}"u8],
        ["overlong UTF-8 in the query"] = [.. "{\"id\":\"1\",\"type\":\"subscribe\",\"payload\":{\"query\":\"{ __typename "u8, 0xC0, 0xAF, .. " }\"}}"u8],
        ["lone surrogate escape in variables"] = Text("""{"id":"1","type":"subscribe","payload":{"query":"{ __typename }","variables":{"a":"\ud800"}}}"""),
        ["300 nested JSON levels"] = Text("{\"id\":\"1\",\"type\":\"subscribe\",\"payload\":{\"query\":\"{ __typename }\",\"variables\":{\"a\":" + new string('[', 300) + new string(']', 300) + "}}}"),
        ["payload as a string"] = Text("""{"id":"1","type":"subscribe","payload":"{ __typename }"}"""),
        ["id as an object"] = Text("""{"id":{"$ne":1},"type":"subscribe","payload":{"query":"{ __typename }"}}"""),
        ["query as a number"] = Text("""{"id":"1","type":"subscribe","payload":{"query":1}}"""),
        ["type as an injection"] = Text("""{"type":"'; DROP TABLE nodes; --"}"""),
        ["2 MB message"] = Text("{\"type\":\"ping\",\"payload\":{\"x\":\"" + new string('x', 2 * 1024 * 1024) + "\"}}"),
        ["300-level selection"] = Subscribe("{ city " + string.Concat(Enumerable.Repeat("{ parent ", 300)) + "{ id }" + new string('}', 300) + " }"),
        ["fragment bomb"] = Subscribe("query { ...F40 } fragment F0 on Query { __typename } "
            + string.Concat(Enumerable.Range(1, 40).Select(i => $"fragment F{i} on Query {{ ...F{i - 1} ...F{i - 1} }} "))),
        ["circular fragments"] = Subscribe("query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }"),
        ["type-confused variable"] = Subscribe("query($id: ID!) { node(id: $id) { id } }", new { id = new { a = 1 } }),
        ["injection in search"] = Subscribe("query($t: String!) { search(text: $t) { totalCount } }", new { t = "') RETURN n //" }),
        ["injection in a subscription's under"] = Subscribe("subscription($u: ID) { changes(under: $u) { cursor } }", new { u = "' OR 1=1 --" }),
        ["injection in a subscription's after"] = Subscribe("subscription($a: String) { changes(after: $a) { cursor } }", new { a = "1; DROP TABLE nodes" }),
        ["NUL in a subscription's under"] = Subscribe("subscription { changes(under: \"a\\u0000b\") { cursor } }"),
        ["mutation with an injected name"] = Subscribe(
            "mutation($n: String!) { createTownship(input: { city: \"city:no-such\", name: $n, divisionType: TOWN }) { errors { code } } }",
            new { n = "MATCH (n) DETACH DELETE n" }),
    };

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var name in Messages.Keys)
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Names))]
    public async Task AHostileMessageGetsAnErrorOrAProtocolClose(string name)
    {
        var before = await StoreMark.ReadAsync(factory);
        await using (var socket = await WsTestClient.ConnectAndInitAsync(factory))
        {
            await socket.SendBytesAsync(Messages[name]);
            await socket.SendAsync("""{"type":"ping"}""");

            while (true)
            {
                var (message, close) = await NextAsync(socket);
                if (close is int code)
                {
                    Assert.True(code is not (1011 or 4500), $"Closed with {code} {socket.CloseReason}");
                    HostileAssert.NoInternals(socket.CloseReason ?? "");
                    break;
                }

                HostileAssert.NoInternals(message!.ToJsonString());
                var type = message["type"]!.GetValue<string>();
                if (type == "pong")
                {
                    // The server read past the hostile message and still answers.
                    break;
                }

                if (type is "error" or "next")
                {
                    var errors = type == "error" ? message["payload"]!.AsArray() : message["payload"]!["errors"]?.AsArray() ?? [];
                    Assert.All(errors, e => Assert.False(string.IsNullOrWhiteSpace(e!["extensions"]?["code"]?.GetValue<string>()), "No code: " + e!.ToJsonString()));
                }

                if (type is "next" or "error" or "complete" && message["id"] is not null && name.Contains("subscription", StringComparison.Ordinal))
                {
                    await socket.SendAsync("""{"id":"1","type":"complete"}""");
                }
            }
        }

        await HostileAssert.HarmlessAsync(factory, factory.CreateClient(), before, "");
        await using var fresh = await WsTestClient.ConnectAndInitAsync(factory);
    }

    private static async Task<(JsonObject? Message, int? Close)> NextAsync(WsTestClient socket)
    {
        try
        {
            var message = await socket.ReceiveAsync();
            return (message, null);
        }
        catch (Xunit.Sdk.XunitException) when (socket.CloseStatus is not null)
        {
            return (null, (int)socket.CloseStatus.Value);
        }
    }

    private static byte[] Text(string text) => Encoding.UTF8.GetBytes(text);

    private static byte[] Subscribe(string query, object? variables = null) =>
        JsonSerializer.SerializeToUtf8Bytes(new { id = "1", type = "subscribe", payload = new { query, variables } });
}
