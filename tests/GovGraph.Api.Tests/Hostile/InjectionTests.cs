using System.Text.Json;
using System.Text.Json.Nodes;
using GovGraph.Api.Tests.Infrastructure;
using GovGraph.Domain.Model;

namespace GovGraph.Api.Tests.Hostile;

/// <summary>
/// SQL-, Cypher-, FTS5-, LIKE- and template-looking strings in every argument that reaches the store: each is
/// plain text, so it matches nothing, finds no node, or is refused with a stable code; nothing changes.
/// </summary>
[Collection(SeededCollection.Name)]
public sealed class InjectionTests(SeededFactory factory)
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static FilteredLists? _lists;

    private readonly HostileClient _client = new(factory);

    private static SeededFacts.Facts Facts => SeededFacts.Get;

    private static readonly string Township = Facts.OfLabel(Labels.Township).First().Id;

    private static readonly string Household = Facts.OfLabel(Labels.Household).First().Id;

    private static readonly IReadOnlyDictionary<string, Func<InjectionTests, string, Task>> Paths =
        new Dictionary<string, Func<InjectionTests, string, Task>>
        {
            ["every where.nameContains"] = (t, s) => t.EveryFilterAsync(s),
            ["search text"] = (t, s) => t.SearchAsync(s),
            ["search text as a literal"] = (t, s) => t.SearchLiteralAsync(s),
            ["search text over SSE"] = (t, s) => t.SearchOverSseAsync(s),
            ["search labels"] = (t, s) => t.RefusedAsync("query($s: String!) { search(text: \"村\", labels: [$s]) { totalCount } }", s, "UNKNOWN_LABEL"),
            ["search after"] = (t, s) => t.RefusedAsync("query($s: String!) { search(text: \"村\", after: $s) { totalCount } }", s, "INVALID_CURSOR"),
            ["list after"] = (t, s) => t.RefusedAsync("query($s: String!) { city { townships(after: $s) { totalCount } } }", s, "INVALID_CURSOR"),
            ["descendants labels"] = (t, s) => t.RefusedAsync("query($s: String!) { city { descendants(maxDepth: 1, labels: [$s]) { totalCount } } }", s, "UNKNOWN_LABEL", "INVALID_ARGUMENT"),
            ["node id"] = (t, s) => t.NullOrRefusedAsync("query($s: ID!) { node(id: $s) { id } }", s, "node"),
            ["node id over GET"] = (t, s) => t.NodeOverGetAsync(s),
            ["nodes ids"] = (t, s) => t.NodesAsync(s),
            ["coverage under"] = (t, s) => t.NullOrRefusedAsync("query($s: ID!) { coverage(under: $s) { households } }", s, "coverage"),
            ["gaps under"] = (t, s) => t.EmptyOrRefusedAsync("query($s: ID) { gaps(under: $s) { villagesWithoutInstructor { totalCount } } }", s, d => d["gaps"]!["villagesWithoutInstructor"]!["totalCount"]!),
            ["unassignedHouseholds under"] = (t, s) => t.EmptyOrRefusedAsync("query($s: ID) { unassignedHouseholds(under: $s) { totalCount } }", s, d => d["unassignedHouseholds"]!["totalCount"]!),
            ["changes under"] = (t, s) => t.EmptyOrRefusedAsync("query($s: ID) { changes(under: $s, first: 5) { edges { cursor } } }", s, d => d["changes"]!["edges"]!.AsArray().Count),
            ["changes after"] = (t, s) => t.RefusedAsync("query($s: String) { changes(after: $s) { edges { cursor } } }", s, "INVALID_CURSOR"),
            ["path from"] = (t, s) => t.NullOrRefusedAsync($"query($s: ID!) {{ path(from: $s, to: \"{Township}\") {{ length }} }}", s, "path"),
            ["path to"] = (t, s) => t.NullOrRefusedAsync($"query($s: ID!) {{ path(from: \"{Township}\", to: $s) {{ length }} }}", s, "path"),
            ["path types"] = (t, s) => t.RefusedAsync($"query($s: String!) {{ path(from: \"{Township}\", to: \"{Household}\", types: [$s]) {{ length }} }}", s, "UNKNOWN_RELATIONSHIP_TYPE", "INVALID_ARGUMENT"),
            ["chainOfResponsibility household"] = (t, s) => t.EmptyOrRefusedAsync("query($s: ID!) { chainOfResponsibility(household: $s) { id } }", s, d => d["chainOfResponsibility"]!.AsArray().Count),
            ["csv unassigned-households under"] = (t, s) => t.CsvAsync("/export/unassigned-households.csv", s),
            ["csv coverage under"] = (t, s) => t.CsvAsync("/export/coverage.csv", s),
            ["mutation names"] = (t, s) => t.RefusedMutationsAsync(s),
        };

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var path in Paths.Keys)
        {
            foreach (var text in InjectionStrings.All.Keys)
            {
                data.Add(path, text);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task InjectionLookingTextIsOnlyText(string path, string text)
    {
        await Paths[path](this, InjectionStrings.All[text]);
    }

    [Fact]
    public void NoInjectionStringOccursInASeededName()
    {
        // So every filter and search for one must come back empty.
        var names = Facts.Nodes.Values.Select(n => n.Name).OfType<string>().ToList();
        Assert.All(InjectionStrings.All, s =>
            Assert.DoesNotContain(names, n => n.Contains(s.Value.Trim(), StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public async Task TheFilterQueryCoversEveryFilteredList()
    {
        var lists = await ListsAsync();

        // 32 lists take a name filter today; the query must not silently lose them.
        Assert.True(lists.Fields.Count >= 32, string.Join(", ", lists.Fields));
        var answer = (await _client.PostAsync(lists.Query, new { ids = lists.Ids, text = (string?)null })).AssertAnswered();
        var unfiltered = answer.Data!["nodes"]!.AsArray().SelectMany(n => n!.AsObject().Where(p => p.Key != "id"))
            .Sum(p => p.Value!["totalCount"]!.GetValue<int>());
        Assert.True(unfiltered > 0, "The lists the filters are tried on are all empty.");
    }

    private async Task EveryFilterAsync(string text)
    {
        var lists = await ListsAsync();
        var answer = (await _client.PostAsync(lists.Query, new { ids = lists.Ids, text })).AssertAnswered();

        Assert.Empty(answer.Data!["townships"]!.AsArray());
        var nodes = answer.Data["nodes"]!.AsArray();
        Assert.Equal(lists.Ids.Count, nodes.Count);
        foreach (var (field, list) in nodes.SelectMany(n => n!.AsObject().Where(p => p.Key != "id")))
        {
            Assert.True(list!["totalCount"]!.GetValue<int>() == 0 && list["nodes"]!.AsArray().Count == 0, $"{field} matched: {list.ToJsonString()}");
        }
    }

    private async Task SearchAsync(string text)
    {
        var answer = await _client.PostAsync("query($s: String!) { search(text: $s) { totalCount nodes { id } } }", new { s = text });
        Assert.Equal(0, answer.AssertAnswered().Data!["search"]!["totalCount"]!.GetValue<int>());
    }

    private async Task SearchLiteralAsync(string text)
    {
        // A JSON string is a valid GraphQL string literal (the same escapes), so the text is exactly as given.
        var answer = await _client.PostAsync($"{{ search(text: {JsonSerializer.Serialize(text)}) {{ totalCount }} }}");
        Assert.Equal(0, answer.AssertAnswered().Data!["search"]!["totalCount"]!.GetValue<int>());
    }

    private async Task SearchOverSseAsync(string text)
    {
        var answer = await _client.PostAsync("query($s: String!) { search(text: $s) { totalCount } }", new { s = text }, HostileClient.EventStream);
        Assert.True(answer.IsEventStream, answer.Body);
        Assert.Equal(0, answer.AssertAnswered().Data!["search"]!["totalCount"]!.GetValue<int>());
    }

    private async Task NodeOverGetAsync(string text)
    {
        var query = Uri.EscapeDataString("query($s: ID!) { node(id: $s) { id } }");
        var variables = Uri.EscapeDataString(JsonSerializer.Serialize(new { s = text }));
        var answer = await _client.GetAsync($"/graphql?query={query}&variables={variables}");
        AssertNullOrRefused(answer, "node");
    }

    private async Task NodesAsync(string text)
    {
        var answer = await _client.PostAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids = new[] { text, Township } });
        if (answer.AssertAnsweredOrRefused("INVALID_ID").Codes.Count == 0)
        {
            var nodes = answer.Data!["nodes"]!.AsArray();
            Assert.Null(nodes[0]);
            Assert.Equal(Township, nodes[1]!["id"]!.GetValue<string>());
        }
    }

    private async Task RefusedAsync(string query, string text, params string[] codes) =>
        (await _client.PostAsync(query, new { s = text })).AssertRefused(codes);

    private async Task NullOrRefusedAsync(string query, string text, string field) =>
        AssertNullOrRefused(await _client.PostAsync(query, new { s = text }), field);

    private static void AssertNullOrRefused(HostileAnswer answer, string field)
    {
        if (answer.AssertAnsweredOrRefused("INVALID_ID", "NOT_FOUND").Codes.Count == 0)
        {
            Assert.Null(answer.Data![field]);
        }
    }

    private async Task EmptyOrRefusedAsync(string query, string text, Func<JsonNode, JsonNode> count)
    {
        var answer = await _client.PostAsync(query, new { s = text });
        if (answer.AssertAnsweredOrRefused("INVALID_ID", "NOT_FOUND").Codes.Count == 0)
        {
            Assert.Equal(0, count(answer.Data!).GetValue<int>());
        }
    }

    private async Task CsvAsync(string endpoint, string text)
    {
        var answer = await _client.GetAsync($"{endpoint}?under={Uri.EscapeDataString(text)}", "text/csv");
        if (answer.Status == 200)
        {
            Assert.Equal("text/csv", answer.MediaType);
            Assert.Single(answer.Body.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        }
        else
        {
            answer.AssertRefused("INVALID_ID", "NOT_FOUND");
        }
    }

    private async Task RefusedMutationsAsync(string text)
    {
        var version = Facts.Nodes[Township].Version;
        var answer = await _client.PostAsync($$"""
            mutation($s: String!, $id: ID!) {
              createTownship(input: { city: "city:no-such", name: $s, divisionType: TOWN }) { errors { code } township { id } }
              createVillage(input: { township: $id, name: $s, branchType: BRANCH }) { errors { code } village { id } }
              updateTownship(input: { id: "{{Township}}", expectedVersion: {{version + 1000}}, name: $s }) { errors { code } township { name } }
              deleteNode(input: { id: $id }) { errors { code } deletedIds }
              linkHousehold(input: { household: $id, member: $id }) { errors { code } relationship { id } }
            }
            """, new { s = text, id = text });

        answer.AssertClean();
        if (answer.Codes.Count == 0)
        {
            foreach (var (name, payload) in answer.Data!.AsObject())
            {
                var errors = payload!["errors"]!.AsArray();
                Assert.True(errors.Count > 0, $"{name} was not refused: {payload.ToJsonString()}");
                Assert.All(errors, e => Assert.False(string.IsNullOrWhiteSpace(e!["code"]!.GetValue<string>())));
            }
        }
        else
        {
            answer.AssertRefused("INVALID_ID", "NOT_FOUND");
        }
    }

    private async Task<FilteredLists> ListsAsync()
    {
        await Gate.WaitAsync();
        try
        {
            return _lists ??= await FilteredLists.FindAsync(factory.CreateClient());
        }
        finally
        {
            Gate.Release();
        }
    }
}
