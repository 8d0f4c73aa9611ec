using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovGraph.Domain.Model;
using GovGraph.Storage;
using GovGraph.Storage.Scoping;
using GovGraph.Storage.Sqlite;

namespace GovGraph.Bench.Scope;

/// <summary>
/// What the caller's scope costs: the same queries for a caller who sees everything and for one scoped to 港口镇,
/// straight on the store (the scoped view against the raw store) and through HTTP (two bearer tokens against one
/// API). The queries are about 港口镇's own subtree, so both callers get the same answer and the difference is the
/// scope test alone. Analytics fields are left out of the HTTP part: the cache would answer them.
/// </summary>
internal static class ScopeBench
{
    private const string Township = "township:gangkou";
    private const string Village = "village:shanmen";

    public static async Task<string> RunAsync(BenchOptions options, CancellationToken ct)
    {
        var (path, _, _) = await StoreFiles.EnsureAsync(options.DataDir, 1, ct);
        var raw = new SqliteGraphStore(new SqliteStoreOptions { Path = path });
        await raw.InitializeAsync(ct);
        var scoped = new ScopedGraphStore(raw, Township);
        var group = (await raw.FindNodesAsync(new NodeQuery(new NodeCriteria { Labels = [Labels.PartyGroup], Under = Village }, 1, IncludeTotal: false), ct)).Items[0].Node.Id;
        var households = (await raw.FindNodesAsync(new NodeQuery(new NodeCriteria { Labels = [Labels.Household], Under = Township }, 50, IncludeTotal: false), ct))
            .Items.Select(i => i.Node.Id).ToList();

        var rows = new List<ScopeRow>();
        foreach (var (title, read) in StoreQueries(group, households))
        {
            var unscopedAnswer = await read(raw, ct);
            var scopedAnswer = await read(scoped, ct);
            var unscoped = await Measure.RunAsync(options, () => read(raw, ct));
            var scopedStats = await Measure.RunAsync(options, () => read(scoped, ct));
            rows.Add(new ScopeRow(title, "store", unscoped, scopedStats, unscopedAnswer == scopedAnswer ? "same" : "DIFFERENT"));
            Console.WriteLine(rows[^1].Markdown());
        }

        await using var api = await ApiProcess.StartAsync(
            options.ApiDll, path, Path.Combine(options.DataDir, "api-scope.log"), ct, BenchTokens.ApiSettings);
        using var everything = new GraphQLClient(api.BaseAddress, BenchTokens.Create("analyst", null, pii: true));
        using var township = new GraphQLClient(api.BaseAddress, BenchTokens.Create("analyst", Township, pii: true));
        foreach (var (title, query) in HttpQueries(group, households[0]))
        {
            var unscopedAnswer = (await everything.PostCheckedAsync(query, trace: false, ct))["data"];
            var scopedAnswer = (await township.PostCheckedAsync(query, trace: false, ct))["data"];
            var unscoped = await Measure.RunAsync(options, () => everything.PostAsync(query, trace: false, ct));
            var scopedStats = await Measure.RunAsync(options, () => township.PostAsync(query, trace: false, ct));
            var answer = JsonNode.DeepEquals(unscopedAnswer, scopedAnswer) ? "same"
                : JsonNode.DeepEquals(WithoutCity(unscopedAnswer), scopedAnswer) ? "same but the city (outside the scope)" : "DIFFERENT";
            rows.Add(new ScopeRow(title, "HTTP", unscoped, scopedStats, answer));
            Console.WriteLine(rows[^1].Markdown());
        }

        return Markdown(options, rows);
    }

    private static IEnumerable<(string Title, Func<IGraphStore, CancellationToken, Task<string>> Read)> StoreQueries(string group, IReadOnlyList<string> households) =>
    [
        ("unassigned households under 港口镇, first 100 + total", async (s, ct) => Answer(await s.FindNodesAsync(
            new NodeQuery(new NodeCriteria { Labels = [Labels.Household], Under = Township, Relationships = [new RelationshipFilter(RelTypes.Links, Direction.In, Exists: false)] }, 100), ct))),
        ("count households under 港口镇", async (s, ct) => (await s.CountNodesAsync(new NodeCriteria { Labels = [Labels.Household], Under = Township }, ct)).ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ("villages of 港口镇 named 村, first 50 + total", async (s, ct) => Answer(await s.FindNodesAsync(
            new NodeQuery(new NodeCriteria { Labels = [Labels.Village], Under = Township, NameContains = "村" }, 50), ct))),
        ("山门村's party groups (neighbours + total)", async (s, ct) => Answer(await s.GetNeighboursAsync(
            new NeighbourQuery([Village], RelTypes.Oversees, Direction.Out, 50), ct))),
        ($"a party group's households (neighbours + total)", async (s, ct) => Answer(await s.GetNeighboursAsync(
            new NeighbourQuery([group], RelTypes.Covers, Direction.Out, 50), ct))),
        ("50 households by id", async (s, ct) => string.Join(",", (await s.GetNodesAsync(households, ct)).Select(n => n.Id).Order(StringComparer.Ordinal))),
        ("ancestors of 50 households", async (s, ct) => JsonSerializer.Serialize((await s.GetAncestorsAsync(households, ct)).OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => p.Value.TakeWhile(id => id != "city:ningguo").ToList()))),
    ];

    private static IEnumerable<(string Title, string Query)> HttpQueries(string group, string household) =>
    [
        ("1. 山门村 tree", $$"""
            { node(id: "{{Village}}") { ... on Village { partyGroups(first: 50) { totalCount nodes { name
              centralHouseholds(first: 10) { nodes { name
                host { name linkedHouseholds(first: 20) { totalCount nodes { id headName size } } }
                attachedMembers(first: 15) { totalCount nodes { name linkedHouseholds(first: 20) { totalCount nodes { id headName size } } } }
              } } } } } } }
            """),
        ("港口镇 descendants, 3 levels, first 100", $$"""
            { node(id: "{{Township}}") { ... on Township { descendants(maxDepth: 3, first: 100) { totalCount edges { depth node { id } } } } } }
            """),
        ("a party group's unassigned households", $$"""
            { node(id: "{{group}}") { ... on PartyGroup { households(first: 50, where: { unassigned: true }) { totalCount nodes { id headName } } } } }
            """),
        ("港口镇 key villages", $$"""
            { node(id: "{{Township}}") { ... on Township { villages(first: 50, where: { keyVillage: true }) { totalCount nodes { id name } } } } }
            """),
        ("chainOfResponsibility (港口镇 household)", $$"""
            { chainOfResponsibility(household: "{{household}}") { id } }
            """),
    ];

    /// <summary>The answer with the city left out of every list: what a caller scoped below the city sees of a chain.</summary>
    private static JsonNode? WithoutCity(JsonNode? answer)
    {
        var copy = answer?.DeepClone();
        foreach (var list in copy?.AsObject().Select(p => p.Value).OfType<JsonArray>() ?? [])
        {
            foreach (var city in list.Where(n => n?["id"]?.GetValue<string>() == "city:ningguo").ToList())
            {
                list.Remove(city);
            }
        }

        return copy;
    }

    private static string Answer(NodePage page) =>
        page.TotalCount + ":" + string.Join(",", page.Items.Select(i => i.Node.Id));

    private static string Answer(IReadOnlyDictionary<string, NeighbourPage> pages) =>
        string.Join(";", pages.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value.TotalCount + ":" + string.Join(",", p.Value.Items.Select(i => i.Node.Id))));

    private static string Markdown(BenchOptions options, IReadOnlyList<ScopeRow> rows)
    {
        var text = new StringBuilder()
            .AppendLine("### The caller's scope: scoped against unscoped (p50 ms, target ≤ 1.2×)")
            .AppendLine()
            .AppendLine($"Scale 1×. The same query for an analyst who sees everything and one scoped to 港口镇 (`scope` claim), about 港口镇's own subtree so both get the same answer. \"store\": the scoped view (`ScopedGraphStore`, scope pushed into the SQL as a second path range) against the raw store, in the bench process. \"HTTP\": two bearer tokens against one API. Warm-up {options.Warmup}, up to {options.Iterations} iterations, at most {options.Budget.TotalSeconds:F0} s each.")
            .AppendLine()
            .AppendLine(ScopeRow.Header);
        foreach (var row in rows)
        {
            text.AppendLine(row.Markdown());
        }

        return text.ToString();
    }
}
