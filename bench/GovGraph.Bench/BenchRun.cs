using System.Globalization;
using System.Text.Json.Nodes;
using GovGraph.Domain.Model;
using GovGraph.Storage;
using GovGraph.Storage.Sqlite;

namespace GovGraph.Bench;

/// <summary>One scale: seed (or reuse) the store, start the API on it, and measure every scenario over HTTP and as a floor.</summary>
internal static class BenchRun
{
    private const string Shanmen = "village:shanmen";

    // The serviceStats window: the 366 days up to the end of today (UTC), fixed for the run so the query text is.
    private static readonly DateTimeOffset StatsTo = new(DateTime.UtcNow.Date.AddDays(1), TimeSpan.Zero);

    private static readonly DateTimeOffset StatsFrom = StatsTo.AddDays(-366);

    public static async Task<ScaleResult> ScaleAsync(BenchOptions options, int scale, CancellationToken ct)
    {
        var (path, seed, reused) = await StoreFiles.EnsureAsync(options.DataDir, scale, ct);
        var sqlite = new SqliteGraphStore(new SqliteStoreOptions { Path = path });
        await sqlite.InitializeAsync(ct);
        var store = new TimedGraphStore(sqlite);

        // The scaled generator copies villages under new ids (t07-v13, ...), so 山门村 keeps its id and its subtree.
        var shanmenSubtree = await sqlite.CountNodesAsync(new NodeCriteria { Under = Shanmen }, ct);
        if (shanmenSubtree == 0)
        {
            throw new InvalidOperationException($"{Shanmen} is missing at scale {scale}.");
        }

        var linked = await FirstHouseholdAsync(sqlite, "township:gangkou", linked: true, ct);
        var zhongxi = await FirstHouseholdAsync(sqlite, "township:zhongxi", linked: null, ct);
        var inputs = new Dictionary<string, string>
        {
            ["chain household (linked, 港口镇)"] = linked,
            ["path from (港口镇)"] = linked,
            ["path to (中溪镇)"] = zhongxi,
        };

        var floors = new Floors(store);
        var scenarios = Scenarios(floors, linked, zhongxi);
        var loadBefore = LoadAverage();
        var results = new List<QueryResult>();
        await using (var api = await ApiProcess.StartAsync(options.ApiDll, path, Path.Combine(options.DataDir, $"api-scale{scale}.log"), ct))
        using (var client = new GraphQLClient(api.BaseAddress))
        {
            Console.WriteLine($"Scale {scale}: API pid {api.ProcessId} on {api.BaseAddress}");
            foreach (var scenario in scenarios)
            {
                results.Add(await ScenarioAsync(options, client, scenario, ct));
                var r = results[^1];
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {scenario.Key,-22} HTTP p50 {r.Http.P50,8:F2} ms p99 {r.Http.P99,8:F2} | floor p50 {r.Floor.P50,8:F2} ms p99 {r.Floor.P99,8:F2} | x{r.Ratio:F2} | calls {r.ApiStoreCalls}/{r.FloorStoreCalls} | equal {r.AnswersEqual} | n {r.Http.Count}/{r.Floor.Count}"));
            }
        }

        return new ScaleResult(scale, seed, reused, shanmenSubtree, inputs, loadBefore, LoadAverage(), results);
    }

    private static List<Scenario> Scenarios(Floors floors, string linked, string zhongxi) =>
    [
        new("tree", "1. 山门村 tree", $$"""
            { node(id: "{{Shanmen}}") { ... on Village { partyGroups(first: 50) { totalCount nodes { name
              centralHouseholds(first: 10) { nodes { name
                host { name linkedHouseholds(first: 20) { totalCount nodes { id headName size } } }
                attachedMembers(first: 15) { totalCount nodes { name linkedHouseholds(first: 20) { totalCount nodes { id headName size } } } }
              } } } } } } }
            """, (t, ct) => floors.TreeAsync(Shanmen, t, ct), SubtreeBounded: true),
        new("unassigned-gangkou", "2. unassignedHouseholds under 港口镇", """
            { unassignedHouseholds(under: "township:gangkou", first: 100) { totalCount nodes { id headName } } }
            """, (t, ct) => floors.UnassignedAsync("township:gangkou", t, ct), SubtreeBounded: true),
        new("unassigned-shanmen", "2b. (extra) unassignedHouseholds under 山门村", $$"""
            { unassignedHouseholds(under: "{{Shanmen}}", first: 100) { totalCount nodes { id headName } } }
            """, (t, ct) => floors.UnassignedAsync(Shanmen, t, ct), SubtreeBounded: true),
        new("coverage-city", "3. coverage under the city", """
            { coverage(under: "city:ningguo") { households linked unassigned ratio members householdsPerMember { avg max } centralHouseholds
              byChild { unit { id } households linked unassigned ratio members centralHouseholds } } }
            """, (t, ct) => floors.CoverageAsync("city:ningguo", t, ct)),
        new("service-stats-city", "3b. serviceStats under the city, byChild (the last 366 days)", $$"""
            { serviceStats(under: "city:ningguo", from: "{{StatsFrom:O}}", to: "{{StatsTo:O}}") {
              cases response { met outOf value } resolution { met outOf value } satisfaction { met outOf value }
              medianTimeToAccept { seconds iso } medianTimeToResolve { seconds iso } overdueForAcceptance overdueForResolution overdue
              byChild { unit { id } cases response { met outOf value } resolution { met outOf value } satisfaction { met outOf value } overdue } } }
            """, (t, ct) => floors.ServiceStatsAsync("city:ningguo", StatsFrom, StatsTo, t, ct)),
        new("chain", "4. chainOfResponsibility", $$"""
            { chainOfResponsibility(household: "{{linked}}") { id __typename } }
            """, (t, ct) => floors.ChainAsync(linked, t, ct)),
        new("path", "5. path 港口镇 → 中溪镇", $$"""
            { path(from: "{{linked}}", to: "{{zhongxi}}") { length nodes { id } relationships { type startId endId } } }
            """, (t, ct) => floors.PathAsync(linked, zhongxi, t, ct)),
    ];

    private static async Task<QueryResult> ScenarioAsync(BenchOptions options, GraphQLClient client, Scenario scenario, CancellationToken ct)
    {
        // Same answer both ways, and the API's own account of its store calls and time (median of a few traced requests).
        var traced = new List<JsonObject>();
        for (var i = 0; i < 5; i++)
        {
            traced.Add(await client.PostCheckedAsync(scenario.Query, trace: true, ct));
        }

        var apiCalls = traced[^1]["extensions"]!["storeCalls"]!.GetValue<int>();
        var serverMs = traced.Select(b => b["extensions"]!["elapsedMs"]!.GetValue<double>()).Order().ElementAt(traced.Count / 2);
        var probe = new StepTimer();
        var floorAnswer = JsonNode.Parse(await scenario.Floor(probe, ct))!;
        var equal = JsonNode.DeepEquals(floorAnswer["data"], traced[^1]["data"]);
        if (!equal)
        {
            Console.Error.WriteLine($"  {scenario.Key}: the floor's answer differs from the API's.\n    API:   {Clip(traced[^1]["data"]!.ToJsonString())}\n    floor: {Clip(floorAnswer["data"]!.ToJsonString())}");
        }

        var responseBytes = (await client.PostAsync(scenario.Query, trace: false, ct)).Length;

        var timer = new StepTimer();
        var floor = await Measure.RunAsync(options, () => scenario.Floor(timer, ct), timer.Reset);
        var steps = timer.Shares(floor.Count);
        var http = await Measure.RunAsync(options, () => client.PostAsync(scenario.Query, trace: false, ct));
        return new QueryResult(scenario, http, floor, apiCalls, probe.StoreCalls, serverMs, equal, responseBytes, steps);
    }

    private static async Task<string> FirstHouseholdAsync(IGraphStore store, string under, bool? linked, CancellationToken ct)
    {
        var criteria = new NodeCriteria
        {
            Labels = [Labels.Household],
            Under = under,
            Relationships = linked is null ? [] : [new RelationshipFilter(RelTypes.Links, Direction.In, Exists: linked.Value)],
        };
        var page = await store.FindNodesAsync(new NodeQuery(criteria, 1, IncludeTotal: false), ct);
        return page.Items.Count > 0 ? page.Items[0].Node.Id : throw new InvalidOperationException($"No household under {under}.");
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static string Clip(string s) => s.Length <= 400 ? s : s[..400] + "…";
}
