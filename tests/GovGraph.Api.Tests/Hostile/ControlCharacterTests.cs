using System.Text.Json;
using GovGraph.Api.Tests.Infrastructure;
using GovGraph.Domain.Model;

namespace GovGraph.Api.Tests.Hostile;

/// <summary>
/// Control, format and surrogate characters in ids and names (as JSON escapes in variables and as GraphQL
/// escapes in the query text), and ids that do not exist: refused as malformed, or simply not found.
/// </summary>
[Collection(SeededCollection.Name)]
public sealed class ControlCharacterTests(SeededFactory factory)
{
    private static readonly string[] Refusals = ["INVALID_ID", "INVALID_ARGUMENT", "INVALID_UTF8", "NOT_FOUND", "SYNTAX_ERROR", "INVALID_VALUE"];

    private static readonly string Township = SeededFacts.Get.OfLabel(Labels.Township).First().Id;

    private readonly HostileClient _client = new(factory);

    /// <summary>Each as the GraphQL/JSON escape text that produces it, so the request itself stays printable.</summary>
    private static readonly IReadOnlyDictionary<string, string> Escaped = new Dictionary<string, string>
    {
        ["NUL"] = "a\\u0000b",
        ["BEL"] = "\\u0007",
        ["ESC sequence"] = "\\u001b[31mred",
        ["DEL"] = "a\\u007fb",
        ["right-to-left override"] = "\\u202Eabc",
        ["BOM"] = "\\uFEFF" + "x",
        ["zero-width joiner"] = "a\\u200Db",
        ["lone high surrogate"] = "\\ud800",
        ["lone low surrogate"] = "x\\udc00",
        ["reversed surrogates"] = "\\udc00\\ud800",
        ["line separator"] = "a\\u2028b",
        ["CR LF"] = "a\\r\\nb",
        ["only spaces"] = "   ",
        ["id of another county"] = "township:no-such-place",
        ["almost a real id"] = "township:" ,
    };

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var name in Escaped.Keys)
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Names))]
    public async Task InAnIdVariable(string name) =>
        AssertNotFoundOrRefused(await _client.PostBodyAsync(
            "{\"query\":\"query($id: ID!) { node(id: $id) { id } nodes(ids: [$id]) { id } }\",\"variables\":{\"id\":\"" + Escaped[name] + "\"}}"));

    [Theory]
    [MemberData(nameof(Names))]
    public async Task InAnIdLiteral(string name) =>
        AssertNotFoundOrRefused(await _client.PostAsync("{ node(id: \"" + Escaped[name] + "\") { id } nodes(ids: [\"" + Escaped[name] + "\"]) { id } }"));

    [Theory]
    [MemberData(nameof(Names))]
    public async Task InUnderAndPathArguments(string name)
    {
        var id = "\"" + Escaped[name] + "\"";
        var answer = await _client.PostAsync(
            $"{{ coverage(under: {id}) {{ households }} unassignedHouseholds(under: {id}) {{ totalCount }} changes(under: {id}) {{ edges {{ cursor }} }} path(from: {id}, to: \"{Township}\") {{ length }} chainOfResponsibility(household: {id}) {{ id }} }}");

        answer.AssertAnsweredOrRefused(Refusals);
        if (answer.Codes.Count == 0)
        {
            Assert.Null(answer.Data!["coverage"]);
            Assert.Equal(0, answer.Data["unassignedHouseholds"]!["totalCount"]!.GetValue<int>());
            Assert.Empty(answer.Data["changes"]!["edges"]!.AsArray());
            Assert.Null(answer.Data["path"]);
            Assert.Empty(answer.Data["chainOfResponsibility"]!.AsArray());
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public async Task InSearchAndFilterText(string name) =>
        (await _client.PostAsync("{ search(text: \"" + Escaped[name] + "\") { totalCount } townships(where: { nameContains: \"" + Escaped[name] + "\" }) { id } }"))
            .AssertAnsweredOrRefused(Refusals);

    [Theory]
    [MemberData(nameof(Names))]
    public async Task InARefusedMutationsNameAndId(string name)
    {
        var text = "\"" + Escaped[name] + "\"";
        var answer = await _client.PostAsync($$"""
            mutation {
              createTownship(input: { city: "city:no-such", name: {{text}}, divisionType: TOWN }) { errors { code } }
              updateTownship(input: { id: {{text}}, expectedVersion: 1, name: {{text}} }) { errors { code } }
              deleteNode(input: { id: {{text}} }) { errors { code } }
            }
            """);

        answer.AssertAnsweredOrRefused(Refusals);
        if (answer.Codes.Count == 0)
        {
            Assert.All(answer.Data!.AsObject(), p => Assert.NotEmpty(p.Value!["errors"]!.AsArray()));
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public async Task InACsvUnder(string name)
    {
        // A URL carries UTF-8, which cannot hold a lone surrogate: send the bytes its naive encoding would give.
        var under = Escaped[name].Contains("\\ud", StringComparison.OrdinalIgnoreCase)
            ? "%ED%A0%80x"
            : Uri.EscapeDataString(JsonSerializer.Deserialize<string>("\"" + Escaped[name] + "\"")!);
        var answer = await _client.GetAsync("/export/coverage.csv?under=" + under, "text/csv");

        answer.AssertRefused(Refusals);
    }

    private static void AssertNotFoundOrRefused(HostileAnswer answer)
    {
        answer.AssertAnsweredOrRefused(Refusals);
        if (answer.Codes.Count == 0)
        {
            Assert.Null(answer.Data!["node"]);
            Assert.Null(answer.Data["nodes"]![0]);
        }
    }
}
