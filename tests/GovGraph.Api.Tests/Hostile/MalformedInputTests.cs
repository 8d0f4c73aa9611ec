using System.Text;
using GovGraph.Api.Tests.Infrastructure;

namespace GovGraph.Api.Tests.Hostile;

/// <summary>
/// Malformed JSON and UTF-8 beyond the transport's own <c>BadInputTests</c>: overlong and surrogate encodings,
/// truncated sequences, JSON5-isms, in POST bodies, GET parameters and Server-Sent Events requests; and
/// type-confused variables. Each is refused with a stable code (or, where it is valid after all, answered).
/// </summary>
[Collection(SeededCollection.Name)]
public sealed class MalformedInputTests(SeededFactory factory)
{
    private static readonly string[] Refusals =
    [
        "INVALID_JSON", "INVALID_UTF8", "INVALID_PARAMETER", "QUERY_MISSING", "SYNTAX_ERROR", "BODY_MISSING", "NO_OPERATION",
        "INVALID_OPERATION_NAME",
    ];

    private readonly HostileClient _client = new(factory);

    private static readonly IReadOnlyDictionary<string, byte[]> Bodies = new Dictionary<string, byte[]>
    {
        ["overlong slash (C0 AF)"] = Wrap([0xC0, 0xAF]),
        ["overlong NUL (C0 80)"] = Wrap([0xC0, 0x80]),
        ["overlong three-byte (E0 80 AF)"] = Wrap([0xE0, 0x80, 0xAF]),
        ["encoded surrogate (ED A0 80)"] = Wrap([0xED, 0xA0, 0x80]),
        ["beyond U+10FFFF (F4 90 80 80)"] = Wrap([0xF4, 0x90, 0x80, 0x80]),
        ["five-byte form (F8 88 80 80 80)"] = Wrap([0xF8, 0x88, 0x80, 0x80, 0x80]),
        ["truncated sequence at the end"] = [.. "{\"query\":\"{ __typename }\"}"u8, 0xE6, 0x9D],
        ["lone continuation byte in the query"] = [.. "{\"query\":\"{ __typename "u8, 0x80, .. " }\"}"u8],
        ["UTF-16 body"] = Encoding.Unicode.GetBytes("{\"query\":\"{ __typename }\"}"),
        ["two BOMs"] = [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, .. "{\"query\":\"{ __typename }\"}"u8],
        ["raw NUL in a string"] = Encoding.UTF8.GetBytes("{\"query\":\"{ __typename }\",\"operationName\":\"a\0b\"}"),
        ["raw control character in a string"] = Encoding.UTF8.GetBytes("{\"query\":\"{ __typename \u0007}\"}"),
        ["trailing comma"] = Encoding.UTF8.GetBytes("{\"query\":\"{ __typename }\",}"),
        ["comment"] = Encoding.UTF8.GetBytes("{/* hi */\"query\":\"{ __typename }\"}"),
        ["single quotes"] = Encoding.UTF8.GetBytes("{'query':'{ __typename }'}"),
        ["unquoted key"] = Encoding.UTF8.GetBytes("{query:\"{ __typename }\"}"),
        ["NaN literal"] = Encoding.UTF8.GetBytes("{\"query\":\"{ __typename }\",\"variables\":{\"n\":NaN}}"),
        ["Infinity literal"] = Encoding.UTF8.GetBytes("{\"query\":\"{ __typename }\",\"variables\":{\"n\":-Infinity}}"),
        ["truncated after key"] = Encoding.UTF8.GetBytes("{\"query\":"),
        ["two documents"] = Encoding.UTF8.GetBytes("{\"query\":\"{ __typename }\"}{\"query\":\"{ __typename }\"}"),
        ["bad escape"] = Encoding.UTF8.GetBytes("{\"query\":\"{ __typename \\x41 }\"}"),
        ["short unicode escape"] = Encoding.UTF8.GetBytes("{\"query\":\"{ __typename \\u12 }\"}"),
        ["lone low surrogate escape in a variable"] = Encoding.UTF8.GetBytes("{\"query\":\"{ __typename }\",\"variables\":{\"a\":\"x\\udc00y\"}}"),
        ["reversed surrogate pair escape"] = Encoding.UTF8.GetBytes("{\"query\":\"{ __typename }\",\"variables\":{\"a\":\"\\udc00\\ud800\"}}"),
        ["null root"] = Encoding.UTF8.GetBytes("null"),
        ["only whitespace"] = Encoding.UTF8.GetBytes("   \n\t "),
        ["query of NUL escapes"] = Encoding.UTF8.GetBytes("{\"query\":\"\\u0000\\u0000\"}"),
        ["query of only a BOM escape"] = Encoding.UTF8.GetBytes("{\"query\":\"\\ufeff\"}"),
    };

    private static readonly IReadOnlyDictionary<string, string> QueryStrings = new Dictionary<string, string>
    {
        ["overlong slash"] = "query=%C0%AF",
        ["encoded surrogate"] = "query=%7B__typename%7D&variables=%7B%22a%22%3A%22%ED%A0%80%22%7D",
        ["truncated sequence"] = "query=%7B__typename%7D%E6%9D",
        ["bad percent escape"] = "query=%7B__typename%7D%G1",
        ["lone percent"] = "query=%7B__typename%7D%",
        ["NUL in the query"] = "query=%7B__typename%00%7D",
        ["BOM before the query"] = "query=%EF%BB%BF%7B__typename%7D",
        ["variables not closed"] = "query=%7B__typename%7D&variables=%7B%22a%22%3A",
        ["variables with trailing garbage"] = "query=%7B__typename%7D&variables=%7B%7Dx",
        ["variables NaN"] = "query=%7B__typename%7D&variables=%7B%22a%22%3ANaN%7D",
        ["operationName of NULs"] = "query=%7B__typename%7D&operationName=%00%00",
        ["query given twice"] = "query=%7B__typename%7D&query=%7Bcity%7Bid%7D%7D",
        ["plus and spaces"] = "query=%7B+__typename+%7D",
        ["empty variables"] = "query=%7B__typename%7D&variables=",
    };

    private static readonly IReadOnlyDictionary<string, (string Query, string Variables)> Confused = new Dictionary<string, (string, string)>
    {
        ["object for ID"] = ("query($id: ID!) { node(id: $id) { id } }", """{"id":{"a":1}}"""),
        ["list for ID"] = ("query($id: ID!) { node(id: $id) { id } }", """{"id":["x"]}"""),
        ["boolean for ID"] = ("query($id: ID!) { node(id: $id) { id } }", """{"id":true}"""),
        ["null for ID!"] = ("query($id: ID!) { node(id: $id) { id } }", """{"id":null}"""),
        ["missing ID!"] = ("query($id: ID!) { node(id: $id) { id } }", "{}"),
        ["huge number for ID"] = ("query($id: ID!) { node(id: $id) { id } }", """{"id":123456789012345678901234567890}"""),
        ["string for Int"] = ("query($n: Int) { search(text: \"村\", first: $n) { totalCount } }", """{"n":"10"}"""),
        ["NaN string for Int"] = ("query($n: Int) { search(text: \"村\", first: $n) { totalCount } }", """{"n":"NaN"}"""),
        ["Infinity string for Int"] = ("query($n: Int) { search(text: \"村\", first: $n) { totalCount } }", """{"n":"Infinity"}"""),
        ["1e400 for Int"] = ("query($n: Int) { search(text: \"村\", first: $n) { totalCount } }", """{"n":1e400}"""),
        ["2^63 for Int"] = ("query($n: Int) { search(text: \"村\", first: $n) { totalCount } }", """{"n":9223372036854775808}"""),
        ["fraction for Int"] = ("query($n: Int) { search(text: \"村\", first: $n) { totalCount } }", """{"n":1.5}"""),
        ["negative Int"] = ("query($n: Int) { search(text: \"村\", first: $n) { totalCount } }", """{"n":-1}"""),
        ["zero Int"] = ("query($n: Int) { search(text: \"村\", first: $n) { totalCount } }", """{"n":0}"""),
        ["Int.MaxValue page"] = ("query($n: Int) { search(text: \"村\", first: $n) { totalCount } }", """{"n":2147483647}"""),
        ["Int.MinValue depth"] = ("query($d: Int!) { city { descendants(maxDepth: $d) { totalCount } } }", """{"d":-2147483648}"""),
        ["list for String"] = ("query($t: String!) { search(text: $t) { totalCount } }", """{"t":["a","b"]}"""),
        ["object for String"] = ("query($t: String!) { search(text: $t) { totalCount } }", """{"t":{"$ne":null}}"""),
        ["number for String"] = ("query($t: String!) { search(text: $t) { totalCount } }", """{"t":1}"""),
        ["null for String!"] = ("query($t: String!) { search(text: $t) { totalCount } }", """{"t":null}"""),
        ["string for list"] = ("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", """{"ids":"x"}"""),
        ["null in list of ID!"] = ("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", """{"ids":["x",null]}"""),
        ["object for Boolean"] = ("query($k: Boolean) { city { townships { nodes { villages(where: { keyVillage: $k }) { totalCount } } } } }", """{"k":{"a":1}}"""),
        ["string for Boolean"] = ("query($k: Boolean) { city { townships { nodes { villages(where: { keyVillage: $k }) { totalCount } } } } }", """{"k":"true"}"""),
        ["unknown enum"] = ("query($o: Order) { townships(orderBy: $o) { id } }", """{"o":{"field":"DROP"}}"""),
        ["enum as number"] = ("query($o: Order) { townships(orderBy: $o) { id } }", """{"o":{"field":1}}"""),
        ["unknown input field"] = ("query($w: TownshipFilter) { townships(where: $w) { id } }", """{"w":{"nameContains":"x","__proto__":{"admin":true}}}"""),
        ["bad Date"] = ("query($d: Date) { city { townships(asOf: $d) { totalCount } } }", """{"d":"2024-02-30"}"""),
        ["Date injection"] = ("query($d: Date) { city { townships(asOf: $d) { totalCount } } }", """{"d":"2024-01-01' OR '1'='1"}"""),
        ["huge Date"] = ("query($d: Date) { city { townships(asOf: $d) { totalCount } } }", """{"d":"99999-01-01"}"""),
        ["variable of undeclared type"] = ("query($x: NoSuchType) { __typename }", """{"x":1}"""),
        ["string for input object"] = ("mutation($i: DeleteNodeInput!) { deleteNode(input: $i) { deletedIds } }", """{"i":"x"}"""),
        ["string for Int in an input"] = ("mutation($i: UpdateTownshipInput!) { updateTownship(input: $i) { errors { code } } }", """{"i":{"id":"x","expectedVersion":"NaN"}}"""),
        ["huge Int in an input"] = ("mutation($i: UpdateTownshipInput!) { updateTownship(input: $i) { errors { code } } }", """{"i":{"id":"x","expectedVersion":1e30}}"""),
    };

    public static TheoryData<string> BodyNames() => Names(Bodies.Keys);

    public static TheoryData<string> QueryStringNames() => Names(QueryStrings.Keys);

    public static TheoryData<string> ConfusedNames() => Names(Confused.Keys);

    [Theory]
    [MemberData(nameof(BodyNames))]
    public async Task AMalformedBodyIsRefused(string name) =>
        (await _client.PostBytesAsync(Bodies[name])).AssertRefused(Refusals);

    [Theory]
    [MemberData(nameof(BodyNames))]
    public async Task AMalformedBodyIsRefusedOverServerSentEventsToo(string name) =>
        (await _client.PostBytesAsync(Bodies[name], HostileClient.EventStream)).AssertRefused(Refusals);

    [Theory]
    [MemberData(nameof(QueryStringNames))]
    public async Task AMalformedGetIsRefusedOrAnswered(string name) =>
        (await _client.GetAsync("/graphql?" + QueryStrings[name])).AssertAnsweredOrRefused(Refusals);

    [Theory]
    [MemberData(nameof(QueryStringNames))]
    public async Task AMalformedGetIsRefusedOrAnsweredOverServerSentEventsToo(string name) =>
        (await _client.GetAsync("/graphql?" + QueryStrings[name], HostileClient.EventStream)).AssertAnsweredOrRefused(Refusals);

    [Theory]
    [MemberData(nameof(ConfusedNames))]
    public async Task ATypeConfusedVariableIsRefusedWithAStableCode(string name)
    {
        var (query, variables) = Confused[name];

        var answer = await _client.PostBodyAsync($$"""{"query":{{System.Text.Json.JsonSerializer.Serialize(query)}},"variables":{{variables}}}""");

        answer.AssertClean();
    }

    private static byte[] Wrap(byte[] bad) => [.. "{\"query\":\"{ __typename }\",\"operationName\":\""u8, .. bad, .. "\"}"u8];

    private static TheoryData<string> Names(IEnumerable<string> names)
    {
        var data = new TheoryData<string>();
        foreach (var name in names)
        {
            data.Add(name);
        }

        return data;
    }
}
