using System.Text;
using GovGraph.Domain.Model;
using GovGraph.Storage.Seeding;
using static GovGraph.Storage.Tests.SampleGraph;

namespace GovGraph.Storage.Tests.Interchange;

public sealed class ApocJsonRoundTripTests : IDisposable
{
    private readonly TemporaryStores _stores = new();

    private static GraphWriteBatch SampleWithAllValueTypes()
    {
        var batch = Build();
        batch.CreateNodes.Add(NewNode("venue:1", Labels.Venue,
            (Props.Name, "党群服务中心 \"老街\"\\"), (Props.BuiltYear, 2019L), (Props.InvestmentYuan, 1500000.0),
            ("ratio", 0.1), ("big", long.MaxValue), ("open", true), ("tags", new[] { "会议", "meeting", "" }), ("emoji", "🏠")));
        batch.CreateRelationships.Add(NewRel("r:shanmen-venue", RelTypes.HasVenue, Shanmen, "venue:1", (Props.Since, 2020L), ("weight", 2.0)));
        return batch;
    }

    [Fact]
    public async Task ExportingAnImportedExportGivesTheSameBytesAndTheSameGraph()
    {
        var original = await _stores.CreateAsync(SampleWithAllValueTypes());
        var first = await TemporaryStores.ExportAsync(original);

        var copy = await _stores.CreateAsync();
        var result = await TemporaryStores.ImportAsync(copy, first);
        var second = await TemporaryStores.ExportAsync(copy);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal((22, 25), (result.NodeCount, result.RelationshipCount));
        Assert.Equal(Encoding.UTF8.GetString(first), Encoding.UTF8.GetString(second));
        Assert.Equal(first, second);
        Assert.Equal(await GraphText.NodesAsync(original), await GraphText.NodesAsync(copy));
        Assert.Equal(await GraphText.RelationshipsAsync(original), await GraphText.RelationshipsAsync(copy));
    }

    [Fact]
    public async Task ACaseWithItsEventsRoundTripsAndIsPlacedUnderItsHousehold()
    {
        var batch = Build();
        batch.CreateNodes.Add(NewNode("sr:1", Labels.ServiceRequest,
            (Props.Category, "HELP"), (Props.Description, "路灯坏了"), (Props.Channel, "APP"), (Props.Status, "DISPATCHED"),
            (Props.CreatedAt, "2025-03-17T09:00:00Z"), (Props.AcceptBy, "2025-03-17T09:30:00Z"), (Props.DueAt, "2025-03-31T09:00:00Z"),
            (Props.Extensions, 0L), (Props.OverdueSteps, 0L)));
        batch.CreateNodes.Add(NewNode("sr:1/event-0001", Labels.RequestEvent,
            (Props.Type, "RAISED"), (Props.At, "2025-03-17T09:00:00Z"), (Props.Actor, "resident")));
        batch.CreateRelationships.Add(NewRel("r:sr-raised", RelTypes.RaisedBy, "sr:1", Household(1)));
        batch.CreateRelationships.Add(NewRel("r:sr-assigned", RelTypes.AssignedTo, "sr:1", Li, (Props.Since, "2025-03-17")));
        batch.CreateRelationships.Add(NewRel("r:sr-event", RelTypes.HasEvent, "sr:1", "sr:1/event-0001"));
        var original = await _stores.CreateAsync(batch);
        var first = await TemporaryStores.ExportAsync(original);

        var copy = await _stores.CreateAsync();
        var result = await TemporaryStores.ImportAsync(copy, first);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(first, await TemporaryStores.ExportAsync(copy));
        Assert.Equal(["sr:1", Household(1), ShanmenGroup1, Shanmen, Gangkou, City],
            (await copy.GetAncestorsAsync(["sr:1/event-0001"], TemporaryStores.Ct))["sr:1/event-0001"]);
    }

    [Fact]
    public async Task TheNingguoCountyRoundTripsExactly()
    {
        var county = NingguoGenerator.Generate();
        var original = await _stores.CreateAsync(county);
        var first = await TemporaryStores.ExportAsync(original);

        var copy = await _stores.CreateAsync();
        var result = await TemporaryStores.ImportAsync(copy, first);
        var second = await TemporaryStores.ExportAsync(copy);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors.Take(5)));
        Assert.Equal((county.CreateNodes.Count, county.CreateRelationships.Count), (result.NodeCount, result.RelationshipCount));
        Assert.True(first.AsSpan().SequenceEqual(second), "the second export differs from the first");
        Assert.Equal(GraphText.Of(county.CreateNodes), await GraphText.NodesAsync(copy));
        Assert.Equal(GraphText.Of(county.CreateRelationships), await GraphText.RelationshipsAsync(copy));
    }

    [Fact]
    public async Task ExportWritesOneObjectPerLineNodesFirstInUtf8WithoutBom()
    {
        var store = await _stores.CreateAsync(Build());
        var bytes = await TemporaryStores.ExportAsync(store);
        var lines = Encoding.UTF8.GetString(bytes).Split('\n');

        Assert.False(bytes.AsSpan().StartsWith("\uFEFF"u8), "the export starts with a byte order mark");
        Assert.Equal((byte)'\n', bytes[^1]);
        Assert.Equal(21 + 24 + 1, lines.Length);
        Assert.Equal(
            """{"type":"node","id":"city:ningguo","labels":["City"],"properties":{"name":"宁国市","id":"city:ningguo"}}""",
            lines[0]);
        Assert.Equal(
            """{"type":"node","id":"village:shanmen","labels":["Village"],"properties":{"name":"山门村","branchType":"GENERAL_BRANCH","keyVillage":true,"id":"village:shanmen"}}""",
            lines[3]);
        Assert.Equal(
            """{"type":"relationship","id":"r:city-gangkou","label":"OVERSEES","start":{"id":"city:ningguo","labels":["City"]},"end":{"id":"township:gangkou","labels":["Township"]},"properties":{}}""",
            lines[21]);
        Assert.Equal(
            """{"type":"relationship","id":"r:zhao-serves","label":"SERVES_ON","start":{"id":"person:zhao","labels":["Person"]},"end":{"id":"village:dongcun","labels":["Village"]},"properties":{"committee":"PARTY","title":"书记"}}""",
            lines[38]);
        Assert.All(lines[..21], l => Assert.StartsWith("""{"type":"node",""", l));
        Assert.All(lines[21..^1], l => Assert.StartsWith("""{"type":"relationship",""", l));
    }

    [Fact]
    public async Task ExportingAnEmptyStoreWritesAnEmptyFile()
    {
        var store = await _stores.CreateAsync();
        Assert.Empty(await TemporaryStores.ExportAsync(store));
    }

    [Fact]
    public async Task ANeo4jExportWithInternalLineIdsImportsUnderTheGovGraphIds()
    {
        // As apoc.export.json.all writes a GovGraph graph held in Neo4j: internal ids on the lines, ours in properties.id.
        const string file = """
            {"type":"node","id":"0","labels":["City"],"properties":{"id":"city:ningguo","name":"宁国市"}}
            {"type":"node","id":"1","labels":["Township"],"properties":{"name":"港口镇","divisionType":"TOWN","id":"township:gangkou"}}
            {"type":"node","id":"2","labels":["Village"],"properties":{"id":"village:shanmen","name":"山门村","keyVillage":true,"code":null}}
            {"type":"relationship","id":"0","label":"OVERSEES","start":{"id":"0","labels":["City"]},"end":{"id":"1","labels":["Township"]},"properties":{}}
            {"type":"relationship","id":"1","label":"OVERSEES","start":{"id":"1","labels":["Township"]},"end":{"id":"2","labels":["Village"]},"properties":{"since":2001}}
            """;
        var store = await _stores.CreateAsync();

        var result = await TemporaryStores.ImportAsync(store, file);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(
            [
                "city:ningguo :City {name: string \"宁国市\"}",
                "township:gangkou :Township {divisionType: string \"TOWN\", name: string \"港口镇\"}",
                "village:shanmen :Village {keyVillage: bool True, name: string \"山门村\"}",
            ],
            await GraphText.NodesAsync(store));
        Assert.Equal(
            [
                "0 (city:ningguo)-[:OVERSEES]->(township:gangkou) {}",
                "1 (township:gangkou)-[:OVERSEES]->(village:shanmen) {since: long 2001}",
            ],
            await GraphText.RelationshipsAsync(store));
        Assert.Equal(3, await store.CountNodesAsync(new NodeCriteria { Under = "city:ningguo" }, TemporaryStores.Ct));
    }

    [Fact]
    public async Task NumericLineIdsAreReadAsText()
    {
        const string file = """
            {"type":"node","id":10,"labels":["City"],"properties":{"name":"宁国市","id":"city:ningguo"}}
            {"type":"node","id":11,"labels":["University"],"properties":{"name":"安徽大学"}}
            {"type":"relationship","id":7,"label":"COOPERATES_WITH","start":{"id":11},"end":{"id":10},"properties":{"areas":["教育","农业"]}}
            """;
        var store = await _stores.CreateAsync();

        var result = await TemporaryStores.ImportAsync(store, file);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(["city:ningguo", "11"], (await store.ReadAllNodesAsync(TemporaryStores.Ct).ToListAsync()).Select(n => n.Id));
        Assert.Equal(["7 (11)-[:COOPERATES_WITH]->(city:ningguo) {areas: string[] [\"教育\", \"农业\"]}"], await GraphText.RelationshipsAsync(store));
    }

    [Fact]
    public async Task ChineseTextIsWrittenUnescapedAndAllUnicodeTextSurvives()
    {
        var store = await _stores.CreateAsync(SampleWithAllValueTypes());
        var bytes = await TemporaryStores.ExportAsync(store);
        var text = Encoding.UTF8.GetString(bytes);
        Assert.Contains("\"name\":\"山门村\"", text);

        var copy = await _stores.CreateAsync();
        await TemporaryStores.ImportAsync(copy, bytes);
        var nodes = await copy.GetNodesAsync(["village:shanmen", "hh:1", "venue:1"], TemporaryStores.Ct);
        Assert.Equal(["山门村", "张山门", "党群服务中心 \"老街\"\\"], nodes.Select(n => n.Name));
        Assert.Equal("🏠", nodes[2].GetString("emoji"));
        Assert.Equal(["hh:1"], (await copy.FindNodesAsync(new NodeQuery(new NodeCriteria { NameContains = "张山门" }, 5), TemporaryStores.Ct)).Items.Select(i => i.Node.Id));
    }

    [Fact]
    public async Task ByteOrderMarkCrLfAndBlankLinesAreTolerated()
    {
        var file = "\uFEFF"
            + """{"type":"node","id":"city:ningguo","labels":["City"],"properties":{"name":"宁国市"}}""" + "\r\n"
            + "\r\n"
            + """{"type":"node","id":"township:gangkou","labels":["Township"],"properties":{"name":"港口镇"}}""" + "\r\n"
            + "   \n"
            + """{"type":"relationship","id":"r1","label":"OVERSEES","start":{"id":"city:ningguo"},"end":{"id":"township:gangkou"},"properties":{}}""";
        var store = await _stores.CreateAsync();

        var result = await TemporaryStores.ImportAsync(store, file);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal((2, 1, 5), (result.NodeCount, result.RelationshipCount, result.Lines));
        Assert.Equal("宁国市", Assert.Single(await store.GetNodesAsync(["city:ningguo"], TemporaryStores.Ct)).Name);
    }

    [Fact]
    public async Task ImportingWithoutReplaceAddsToTheGraphAndMayUseStoredNodes()
    {
        var store = await _stores.CreateAsync(Build());
        const string file = """
            {"type":"node","id":"hh:7","labels":["Household"],"properties":{"headName":"孙七","size":3}}
            {"type":"relationship","id":"r:cov-7","label":"COVERS","start":{"id":"group:xicun-1"},"end":{"id":"hh:7"},"properties":{}}
            {"type":"relationship","id":"r:li-links-4","label":"LINKS","start":{"id":"person:li"},"end":{"id":"hh:4"},"properties":{"since":2025}}
            """;

        var result = await TemporaryStores.ImportAsync(store, file);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(22, (await GraphText.NodesAsync(store)).Count);
        Assert.Equal(26, (await GraphText.RelationshipsAsync(store)).Count);
        Assert.Contains("hh:7", (await store.FindNodesAsync(new NodeQuery(new NodeCriteria { Under = Xialin }, 50), TemporaryStores.Ct)).Items.Select(i => i.Node.Id));
    }

    [Fact]
    public async Task ImportingWithReplaceReplacesTheWholeGraph()
    {
        var store = await _stores.CreateAsync(Build());
        const string file = """
            {"type":"node","id":"city:ningguo","labels":["City"],"properties":{"name":"新宁国市"}}
            {"type":"node","id":"township:new","labels":["Township"],"properties":{"name":"新镇"}}
            {"type":"relationship","id":"r:city-gangkou","label":"OVERSEES","start":{"id":"city:ningguo"},"end":{"id":"township:new"},"properties":{}}
            """;

        var result = await TemporaryStores.ImportAsync(store, file, replace: true);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(
            ["city:ningguo :City {name: string \"新宁国市\"}", "township:new :Township {name: string \"新镇\"}"],
            await GraphText.NodesAsync(store));
        Assert.Equal(["r:city-gangkou (city:ningguo)-[:OVERSEES]->(township:new) {}"], await GraphText.RelationshipsAsync(store));
    }

    public void Dispose() => _stores.Dispose();
}
