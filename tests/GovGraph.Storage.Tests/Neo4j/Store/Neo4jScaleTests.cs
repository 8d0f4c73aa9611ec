using System.Net;
using System.Text;
using System.Text.Json;
using GovGraph.Domain.Model;
using GovGraph.Storage.Neo4j.Client;
using GovGraph.Storage.Neo4j.Store;
using GovGraph.Storage.Tests.Neo4j.Client;

namespace GovGraph.Storage.Tests.Neo4j.Store;

/// <summary>
/// The 10× graph's defects, against recorded Query API responses (shaped as in <see cref="QueryApiResponses"/>) through
/// the real HTTP client: "under" as an index range, search through the full-text index, export by index-ordered
/// pages, placement paths settled in the write transaction with bounded requests.
/// </summary>
public sealed class Neo4jScaleTests
{
    private const string TxId = "d7fa2f2d4c43f3a1";

    private readonly RecordingHandler _server = new();

    private Neo4jGraphStore Store() => new(new Neo4jQueryClient(new HttpClient(_server), new Neo4jOptions
    {
        Uri = new Uri("http://neo4j.test:7474/"),
        Database = "govgraph",
        MaxRetries = 0,
    }));

    [Fact]
    public async Task CountingUnderAUnitReadsThePlacementPathRangeInsteadOfWalkingTheSubtree()
    {
        _server.Respond(HttpStatusCode.Accepted, Result(["count"], "[1200]"));

        var count = await Store().CountNodesAsync(new NodeCriteria { Under = "city:ningguo", Labels = [Labels.Household] }, default);

        Assert.Equal(1200, count);
        var statement = Statement(Assert.Single(_server.Requests));
        Assert.Contains("n.gg_path STARTS WITH u.gg_path", statement);
        Assert.DoesNotContain("PLACED_UNDER", statement);
    }

    [Fact]
    public async Task AScopedCallersListIsAPathRangeFromItsUnit()
    {
        _server.Respond(HttpStatusCode.Accepted, Result(["n", "depth"], $"[{Village("village:shanmen", "山门村", 7)}, null]"));

        var page = await Store().FindNodesAsync(
            new NodeQuery(new NodeCriteria { Within = "township:gangkou", Labels = [Labels.Village] }, 10, IncludeTotal: false), default);

        Assert.Equal("village:shanmen", Assert.Single(page.Items).Node.Id);
        var body = Body(Assert.Single(_server.Requests));
        Assert.Contains("n.gg_path STARTS WITH w.gg_path", body.GetProperty("statement").GetString());
        Assert.DoesNotContain("PLACED_UNDER", body.GetProperty("statement").GetString());
        Assert.Contains(body.GetProperty("parameters").EnumerateObject(), p => p.Value.ValueKind == JsonValueKind.String && p.Value.GetString() == "township:gangkou");
    }

    [Fact]
    public async Task NodesReadBackWithoutTheirPlacementPath()
    {
        _server.Respond(HttpStatusCode.Accepted, Result(["n"], $"[{Village("village:shanmen", "山门村", 7)}]"));

        var node = Assert.Single(await Store().GetNodesAsync(["village:shanmen"], default));

        Assert.Equal(["name"], node.Properties.Keys);
    }

    [Fact]
    public async Task SearchWithAHanRunStartsFromTheFullTextIndexAndKeepsOnlyTrueSubstrings()
    {
        _server.Respond(HttpStatusCode.Accepted, Result(["n", "depth"], $"[{Village("village:shanmen", "山门村", 7)}, null]"));

        await Store().FindNodesAsync(new NodeQuery(new NodeCriteria { NameContains = "门村" }, 10, IncludeTotal: false), default);

        var body = Body(Assert.Single(_server.Requests));
        var statement = body.GetProperty("statement").GetString()!;
        Assert.Contains("CALL db.index.fulltext.queryNodes('gg_search', $search) YIELD node AS n", statement);
        Assert.Equal("\"门村\"", body.GetProperty("parameters").GetProperty("search").GetString());
        // The index narrows (bigrams match more than substrings); the substring test decides, as on the embedded store.
        Assert.Contains("CONTAINS toLower(", statement);
    }

    [Theory]
    [InlineData("村")]
    [InlineData("ZH")]
    [InlineData("');")]
    public async Task SearchTheIndexCannotAnswerFallsBackToTheSubstringTest(string text)
    {
        _server.Respond(HttpStatusCode.Accepted, Result(["n", "depth"]));

        await Store().FindNodesAsync(new NodeQuery(new NodeCriteria { NameContains = text, Labels = [Labels.Village] }, 10, IncludeTotal: false), default);

        var body = Body(Assert.Single(_server.Requests));
        Assert.DoesNotContain("fulltext", body.GetProperty("statement").GetString());
        Assert.Contains("CONTAINS toLower(", body.GetProperty("statement").GetString());
    }

    [Fact]
    public async Task ExportPagesEachRelationshipTypeByItsIndexAndMergesThemIntoInsertionOrder()
    {
        foreach (var type in RelTypes.Storable)
        {
            var rows = type switch
            {
                RelTypes.Oversees => new[] { Rel("r:1", 1, "city:ningguo", "township:gangkou"), Rel("r:3", 3, "township:gangkou", "village:shanmen") },
                RelTypes.Covers => [Rel("r:2", 2, "group:1", "household:1")],
                _ => [],
            };
            _server.Respond(HttpStatusCode.Accepted, Result(["r", "startId", "endId"], rows));
        }

        var exported = new List<string>();
        await foreach (var relationship in Store().ReadAllRelationshipsAsync(default))
        {
            exported.Add(relationship.Id);
        }

        Assert.Equal(["r:1", "r:2", "r:3"], exported);
        Assert.Equal(RelTypes.Storable.Count, _server.Requests.Count);
        Assert.All(_server.Requests, r => Assert.DoesNotContain("type(r) IN", Statement(r)));
        Assert.Contains("-[r:COVERS]->", Statement(_server.Requests[RelTypes.Storable.ToList().IndexOf(RelTypes.Covers)]));
    }

    [Fact]
    public async Task AWriteSettlesThePlacementPathsOfWhatItPlacedBeforeItCommits()
    {
        var household = new GraphNode("household:9", Labels.Household, new Dictionary<string, object?> { [Props.HeadName] = "王某" });
        _server.Respond(HttpStatusCode.Accepted, Begin())
            .Respond(HttpStatusCode.Accepted, Result(["n"]))                        // the id is free
            .Respond(HttpStatusCode.Accepted, Result(["last"], "[40]"))             // its insertion number
            .Respond(HttpStatusCode.Accepted, Result([]))                           // created
            .Respond(HttpStatusCode.Accepted, Result(["n"], $"[{Node(household.Id, Labels.Household, 40)}]"))
            .Respond(HttpStatusCode.Accepted, Result(["id", "parentId"], "[\"household:9\", \"city:ningguo\"]"))
            .Respond(HttpStatusCode.Accepted, Result(["settled", "moved"], "[1, 0]"))
            .Respond(HttpStatusCode.Accepted, QueryApiResponses.Commit);

        await Store().ExecuteWriteAsync(new Storage.Writing.WriteContext("test"), async (tx, ct) =>
        {
            await tx.InsertNodeAsync(household, ct);
            return 0;
        }, default);

        var statements = _server.Requests.Select(r => r.Body is null ? "COMMIT" : Body(r).TryGetProperty("statement", out var s) ? s.GetString()! : "BEGIN").ToList();
        Assert.Contains("CREATE (n)-[:PLACED_UNDER]->(q)", statements[5]);
        Assert.Contains("SET n.gg_path = path, n.gg_depth = depth", statements[6]);
        Assert.Equal(["household:9"], Body(_server.Requests[6]).GetProperty("parameters").GetProperty("ids").EnumerateArray().Select(e => e.GetString()));
        Assert.EndsWith("/commit", _server.Requests[7].Url);
    }

    [Fact]
    public async Task NoStatementOfABulkLoadGrowsWithTheGraph()
    {
        var small = await LargestStatementOfALoadAsync(6_000);
        var large = await LargestStatementOfALoadAsync(18_000);

        // Rows go in chunks of 5000 per statement: three times the nodes, the same largest request.
        Assert.InRange(large.Bytes, 1, small.Bytes * 11 / 10);
        Assert.Equal(5000, large.Ids);
        Assert.True(large.Statements > small.Statements);
    }

    private async Task<(long Bytes, int Ids, int Statements)> LargestStatementOfALoadAsync(int count)
    {
        var server = new RecordingHandler();
        var store = new Neo4jGraphStore(new Neo4jQueryClient(new HttpClient(server), new Neo4jOptions { Uri = new Uri("http://neo4j.test:7474/"), MaxRetries = 0 }));
        var nodes = Enumerable.Range(1, count)
            .Select(i => new GraphNode($"household:{i}", Labels.Household, new Dictionary<string, object?> { [Props.HeadName] = $"户主{i}" }))
            .ToList();
        var chunks = nodes.Chunk(5000).ToList();
        server.Respond(HttpStatusCode.Accepted, Begin());
        foreach (var _ in chunks)
        {
            server.Respond(HttpStatusCode.Accepted, Result(["n"]));
        }

        server.Respond(HttpStatusCode.Accepted, Result(["last"], $"[{count}]"));
        foreach (var _ in chunks)
        {
            server.Respond(HttpStatusCode.Accepted, Result([]));
        }

        var seq = 0;
        foreach (var chunk in chunks)
        {
            server.Respond(HttpStatusCode.Accepted, Result(["n"], chunk.Select(n => $"[{Node(n.Id, Labels.Household, ++seq)}]").ToArray()));
        }

        foreach (var _ in chunks)
        {
            server.Respond(HttpStatusCode.Accepted, Result(["id", "parentId"]));
        }

        foreach (var _ in chunks)
        {
            server.Respond(HttpStatusCode.Accepted, Result(["settled", "moved"], "[5000, 0]"));
        }

        server.Respond(HttpStatusCode.Accepted, QueryApiResponses.Commit);

        await store.WriteAsync(Batch(nodes), default);

        var bodies = server.Requests.Where(r => r.Body is not null).ToList();
        var ids = bodies
            .Select(r => Body(r).TryGetProperty("parameters", out var p) && p.TryGetProperty("ids", out var i) ? i.GetArrayLength() : 0)
            .Max();
        return (bodies.Max(r => (long)Encoding.UTF8.GetByteCount(r.Body!)), ids, bodies.Count);
    }

    private static GraphWriteBatch Batch(IEnumerable<GraphNode> nodes)
    {
        var batch = new GraphWriteBatch();
        batch.CreateNodes.AddRange(nodes);
        return batch;
    }

    private static string Begin() => $$"""
        { "data": { "fields": [], "values": [] }, "bookmarks": [], "transaction": { "id": "{{TxId}}", "expires": "2024-10-22T14:12:29Z" } }
        """;

    private static string Result(string[] fields, params string[] rows) =>
        $$"""{ "data": { "fields": {{JsonSerializer.Serialize(fields)}}, "values": [{{string.Join(",", rows)}}] }, "bookmarks": [] }""";

    private static string Village(string id, string name, long seq) =>
        $$$"""{"elementId":"4:x:{{{seq}}}","labels":["GgNode","Village"],"properties":{"id":"{{{id}}}","gg_seq":{{{seq}}},"gg_version":1,"gg_path":"/1/3/{{{seq}}}/","gg_depth":2,"name":"{{{name}}}"}}""";

    private static string Node(string id, string label, long seq) =>
        $$$"""{"elementId":"4:x:{{{seq}}}","labels":["GgNode","{{{label}}}"],"properties":{"id":"{{{id}}}","gg_seq":{{{seq}}},"gg_version":1}}""";

    private static string Rel(string id, long seq, string startId, string endId) =>
        $$$"""[{"elementId":"5:x:{{{seq}}}","startNodeElementId":"4:x:0","endNodeElementId":"4:x:1","type":"T","properties":{"id":"{{{id}}}","gg_seq":{{{seq}}}}}, "{{{startId}}}", "{{{endId}}}"]""";

    private static JsonElement Body(RecordedRequest request) => JsonDocument.Parse(request.Body!).RootElement;

    private static string Statement(RecordedRequest request) => Body(request).GetProperty("statement").GetString()!;
}
