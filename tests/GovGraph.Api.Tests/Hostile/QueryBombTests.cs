using System.Text;
using System.Text.Json;
using GovGraph.Api.Tests.Infrastructure;
using GovGraph.Domain.Model;

namespace GovGraph.Api.Tests.Hostile;

/// <summary>
/// Requests built to exhaust the server: alias and fragment bombs, circular fragments, 300-level nesting (of
/// selections, literals and JSON variables) and multi-megabyte strings. Each is refused with one of the limit and
/// syntax codes, or answered within its limits; which limit trips first is left open (limits may be added or
/// tightened), so the cases pin the set, not the code.
/// </summary>
[Collection(SeededCollection.Name)]
public sealed class QueryBombTests(SeededFactory factory)
{
    /// <summary>The codes a request that is too big, too deep, too costly or malformed may be refused with.</summary>
    public static readonly string[] LimitCodes =
    [
        "MAX_DEPTH_EXCEEDED", "MAX_COMPLEXITY_EXCEEDED", "TOO_MANY_ALIASES", "QUERY_TOO_LONG", "BODY_TOO_LARGE",
        "SYNTAX_ERROR", "INVALID_JSON", "INVALID_ARGUMENT", "INVALID_ID", "INVALID_CURSOR", "TOO_MANY_IDS", "TIMEOUT",
        "EXECUTION_TIMEOUT", "NO_FRAGMENT_CYCLES", "NO_UNUSED_FRAGMENTS", "FIELDS_ON_CORRECT_TYPE",
        "KNOWN_ARGUMENT_NAMES", "VALUES_OF_CORRECT_TYPE", "ARGUMENTS_OF_CORRECT_TYPE", "INVALID_VALUE",
        "VARIABLES_IN_ALLOWED_POSITION", "UNIQUE_VARIABLE_NAMES", "NO_UNUSED_VARIABLES",
    ];

    private const int Megabytes = 1024 * 1024;

    private static readonly string City = SeededFacts.Get.OfLabel(Labels.City).Single().Id;

    private readonly HostileClient _client = new(factory);

    private static readonly IReadOnlyDictionary<string, Func<HostileClient, Task<HostileAnswer>>> Cases =
        new Dictionary<string, Func<HostileClient, Task<HostileAnswer>>>
        {
            ["alias bomb: 5,000 coverage"] = c => c.PostAsync(Aliases(5_000, $"coverage(under: \"{City}\") {{ ratio byChild {{ ratio }} }}")),
            ["alias bomb: 2,000 searches of 500"] = c => c.PostAsync(Aliases(2_000, "search(text: \"村\", first: 500) { totalCount nodes { id } }")),
            ["alias bomb: 30,000 __typename"] = c => c.PostAsync(Aliases(30_000, "__typename")),
            ["alias bomb: 1,000 stats"] = c => c.PostAsync(Aliases(1_000, "stats { villages households }")),
            ["fragment bomb: 2^40 spreads"] = c => c.PostAsync(FragmentBomb(40, "city { townships { totalCount } }")),
            ["fragment bomb: 2^20 aliased"] = c => c.PostAsync(AliasedFragmentBomb(20)),
            ["circular fragments: A-B-A"] = c => c.PostAsync("query { ...A } fragment A on Query { city { id } ...B } fragment B on Query { ...A }"),
            ["circular fragments: self"] = c => c.PostAsync("query { ...A } fragment A on Query { __typename ...A }"),
            ["circular fragments: through a field"] = c => c.PostAsync("query { city { ...A } } fragment A on OrgUnit { parent { ...A } }"),
            ["nesting: 300 selections"] = c => c.PostAsync("{ city " + Repeat("{ parent ", 300) + "{ id }" + Repeat(" }", 300) + " }"),
            ["nesting: 300 inline fragments"] = c => c.PostAsync("{ " + Repeat("... on Query { ", 300) + "__typename" + Repeat(" }", 300) + " }"),
            ["nesting: 300 list literals"] = c => c.PostAsync("{ nodes(ids: " + Repeat("[", 300) + "\"x\"" + Repeat("]", 300) + ") { id } }"),
            ["nesting: 300 object literals"] = c => c.PostAsync("{ townships(where: " + Repeat("{ nameContains: ", 300) + "\"x\"" + Repeat(" }", 300) + ") { id } }"),
            ["nesting: 300 JSON variable levels"] = c => c.PostBodyAsync(
                "{\"query\":\"query($w: TownshipFilter) { townships(where: $w) { id } }\",\"variables\":{\"w\":"
                + Repeat("{\"nameContains\":", 300) + "\"x\"" + Repeat("}", 300) + "}}"),
            ["nesting: 50 JSON variable levels"] = c => c.PostBodyAsync(
                "{\"query\":\"query($w: TownshipFilter) { townships(where: $w) { id } }\",\"variables\":{\"w\":"
                + Repeat("{\"nameContains\":", 50) + "\"x\"" + Repeat("}", 50) + "}}"),
            ["nesting: 300 JSON list levels in ids"] = c => c.PostBodyAsync(
                "{\"query\":\"query($ids: [ID!]!) { nodes(ids: $ids) { id } }\",\"variables\":{\"ids\":" + Repeat("[", 300) + "\"x\"" + Repeat("]", 300) + "}}"),
            ["nesting: 300 parentheses"] = c => c.PostAsync("{ search" + Repeat("(", 300) + "text: \"x\"" + Repeat(")", 300) + " { totalCount } }"),
            ["nesting: 300 levels over GET"] = c => c.GetAsync("/graphql?query=" + Uri.EscapeDataString("{ city " + Repeat("{ parent ", 300) + "{ id }" + Repeat(" }", 300) + " }")),
            ["nesting: 300 levels over SSE"] = c => c.PostAsync("{ city " + Repeat("{ parent ", 300) + "{ id }" + Repeat(" }", 300) + " }", accept: HostileClient.EventStream),
            ["many: 5,000 operations"] = c => c.PostBodyAsync(JsonSerializer.Serialize(new
            {
                query = string.Concat(Enumerable.Range(0, 5_000).Select(i => $"query Q{i} {{ __typename }}\n")),
                operationName = "Q4999",
            })),
            ["many: 5,000 variables"] = c => c.PostAsync(
                "query(" + string.Join(", ", Enumerable.Range(0, 5_000).Select(i => $"$v{i}: String")) + ") { __typename }"),
            ["many: 5,000 arguments"] = c => c.PostAsync(
                "{ search(text: \"x\", " + string.Join(", ", Enumerable.Range(0, 5_000).Select(i => $"a{i}: 1")) + ") { totalCount } }"),
            ["many: 50,000 ids"] = c => c.PostAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids = Enumerable.Range(0, 50_000).Select(i => $"x{i}").ToArray() }),
            ["megabytes: 3 MB query text"] = c => c.PostAsync("{ __typename }" + new string(' ', 3 * Megabytes)),
            ["megabytes: 900 KB of whitespace"] = c => c.PostAsync("{" + new string(' ', 900 * 1024) + "__typename }"),
            ["megabytes: 900 KB comment"] = c => c.PostAsync("# " + new string('x', 900 * 1024) + "\n{ __typename }"),
            ["megabytes: 900 KB field name"] = c => c.PostAsync("{ " + new string('a', 900 * 1024) + " }"),
            ["megabytes: 900 KB alias"] = c => c.PostAsync("{ " + new string('a', 900 * 1024) + ": __typename }"),
            ["megabytes: 900 KB search literal"] = c => c.PostAsync("{ search(text: \"" + new string('村', 300 * 1024) + "\") { totalCount } }"),
            ["megabytes: 900 KB search variable"] = c => c.PostAsync("query($t: String!) { search(text: $t) { totalCount } }", new { t = new string('x', 900 * 1024) }),
            ["megabytes: 900 KB id"] = c => c.PostAsync("query($id: ID!) { node(id: $id) { id } }", new { id = new string('x', 900 * 1024) }),
            ["megabytes: 900 KB nameContains"] = c => c.PostAsync("query($t: String) { townships(where: { nameContains: $t }) { id } }", new { t = new string('x', 900 * 1024) }),
            ["megabytes: 900 KB under"] = c => c.PostAsync("query($u: ID) { changes(under: $u) { edges { cursor } } }", new { u = new string('x', 900 * 1024) }),
            ["megabytes: 900 KB cursor"] = c => c.PostAsync("query($a: String) { city { townships(after: $a) { totalCount } } }", new { a = new string('x', 900 * 1024) }),
            ["megabytes: 900 KB mutation name"] = c => c.PostAsync(
                "mutation($n: String!) { createTownship(input: { city: \"city:no-such\", name: $n, divisionType: TOWN }) { errors { code } } }",
                new { n = new string('x', 900 * 1024) }),
            ["megabytes: 3 MB GET query"] = c => c.GetAsync("/graphql?query=" + Uri.EscapeDataString("{ __typename }" + new string(' ', 3 * Megabytes))),
            ["megabytes: 3 MB CSV under"] = c => c.GetAsync("/export/unassigned-households.csv?under=" + new string('x', 3 * Megabytes), "text/csv"),
        };

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var name in Cases.Keys)
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Names))]
    public async Task IsRefusedOrAnsweredWithinItsLimits(string name)
    {
        var answer = await Cases[name](_client);

        answer.AssertAnsweredOrRefused(LimitCodes);
    }

    private static string Repeat(string text, int times) => string.Concat(Enumerable.Repeat(text, times));

    private static string Aliases(int count, string field) =>
        "{ " + string.Join(" ", Enumerable.Range(0, count).Select(i => $"a{i}: {field}")) + " }";

    /// <summary>"Billion laughs": each fragment spreads the one below twice, so the top one stands for 2^levels copies.</summary>
    private static string FragmentBomb(int levels, string leaf)
    {
        var text = new StringBuilder("query { ...F").Append(levels).Append(" }\n");
        text.Append("fragment F0 on Query { ").Append(leaf).Append(" }\n");
        for (var i = 1; i <= levels; i++)
        {
            text.Append($"fragment F{i} on Query {{ ...F{i - 1} ...F{i - 1} }}\n");
        }

        return text.ToString();
    }

    /// <summary>A fragment bomb whose copies do not merge: each level puts the one below under two aliases.</summary>
    private static string AliasedFragmentBomb(int levels)
    {
        var text = new StringBuilder("query { city { ...F").Append(levels).Append(" } }\n");
        text.Append("fragment F0 on OrgUnit { id name }\n");
        for (var i = 1; i <= levels; i++)
        {
            text.Append($"fragment F{i} on OrgUnit {{ a: parent {{ ...F{i - 1} }} b: parent {{ ...F{i - 1} }} }}\n");
        }

        return text.ToString();
    }
}
