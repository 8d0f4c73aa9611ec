using System.Text;
using GovGraph.Storage.Interchange;
using static GovGraph.Storage.Tests.SampleGraph;

namespace GovGraph.Storage.Tests.Interchange;

/// <summary>
/// Each kind of bad line is refused with its 1-based line number and reason, and a refused import writes nothing:
/// every test imports into the sample graph and checks that it is exactly as before.
/// </summary>
public sealed class ApocJsonRejectionTests : IDisposable
{
    // Lines 1-3 are good: a township, a village and the relationship between them (store ids from SampleGraph are free).
    private const string GoodStart = """
        {"type":"node","id":"township:new","labels":["Township"],"properties":{"name":"新镇","divisionType":"TOWN"}}
        {"type":"node","id":"village:new","labels":["Village"],"properties":{"name":"新村"}}
        {"type":"relationship","id":"r:new","label":"OVERSEES","start":{"id":"township:new","labels":["Township"]},"end":{"id":"village:new","labels":["Village"]},"properties":{}}
        """;

    private readonly TemporaryStores _stores = new();

    public static TheoryData<string, string> BadLines => new()
    {
        // Unparsable, or not the shape of a line.
        { """{"type":"node","id":"x",""", "not valid JSON at column 24: Expected start of a property name or value, but instead reached end of data." },
        { """{"type":"node" "id":"x"}""", "not valid JSON at column 16: '\"' is invalid after a value. Expected either ',', '}', or ']'." },
        { """[{"type":"node"}]""", "the line is not a JSON object" },
        { """{"type":"node","id":"x","labels":["City"]} {}""", "not valid JSON at column 44: '{' is invalid after a single JSON value. Expected end of data." },
        { """{"id":"x","labels":["City"],"properties":{}}""", "missing \"type\" (expected \"node\" or \"relationship\")" },
        { """{"type":"edge","id":"x"}""", "unknown type \"edge\" (expected \"node\" or \"relationship\")" },
        { """{"type":7,"id":"x"}""", "\"type\" must be a string" },

        // Nodes.
        { """{"type":"node","labels":["City"],"properties":{"name":"无名"}}""", "node has no \"id\" (neither the line's nor properties.id)" },
        { """{"type":"node","id":"","labels":["City"],"properties":{}}""", "malformed node id \"\" (empty, longer than 200 characters or holding control characters)" },
        { """{"type":"node","id":"x\u0007y","labels":["City"],"properties":{}}""", "malformed node id \"x\\u0007y\" (empty, longer than 200 characters or holding control characters)" },
        { """{"type":"node","id":"0","labels":["City"],"properties":{"id":"   "}}""", "malformed node id \"   \" (empty, longer than 200 characters or holding control characters)" },
        { """{"type":"node","id":"x","labels":[],"properties":{}}""", "node has no label (\"labels\" must hold exactly one known label)" },
        { """{"type":"node","id":"x","properties":{}}""", "node has no label (\"labels\" must hold exactly one known label)" },
        { """{"type":"node","id":"x","labels":["Town"],"properties":{}}""", "unknown label \"Town\" (known: City, Township, Village, PartyGroup, CentralHousehold, Household, Person, Agency, University, VillageBody, Venue, ServiceRequest, RequestEvent)" },
        { """{"type":"node","id":"x","labels":["Person","Cadre"],"properties":{}}""", "node has 2 labels (\"Person\", \"Cadre\"); exactly one known label is required" },
        { """{"type":"node","id":"x","labels":["Village"],"properties":{"geo":{"lat":30.6}}}""", "property \"geo\" is a nested object; values must be strings, numbers, booleans or arrays of strings" },
        { """{"type":"node","id":"x","labels":["Village"],"properties":{"codes":[1,2]}}""", "property \"codes\" is an array holding a number; only arrays of strings are supported" },
        { """{"type":"node","id":"x","labels":["Village"],"properties":{"id":42}}""", "properties.id must be a string" },
        { """{"type":"node","id":"village:new","labels":["Village"],"properties":{"name":"又一个新村"}}""", "duplicate node id \"village:new\" (first defined on line 2)" },
        { """{"type":"node","id":"township:new","labels":["Township"],"properties":{"id":"township:other"}}""", "duplicate node line id \"township:new\" (also used on line 1)" },
        { """{"type":"node","id":"village:shanmen","labels":["Village"],"properties":{"name":"山门村"}}""", "node id \"village:shanmen\" already exists in the store" },

        // Relationships.
        { """{"type":"relationship","label":"OVERSEES","start":{"id":"township:new"},"end":{"id":"village:new"}}""", "relationship has no \"id\"" },
        { """{"type":"relationship","id":"r:new","label":"OVERSEES","start":{"id":"township:new"},"end":{"id":"village:new"}}""", "duplicate relationship id \"r:new\" (first defined on line 3)" },
        { """{"type":"relationship","id":"r:x","start":{"id":"township:new"},"end":{"id":"village:new"}}""", "relationship has no \"label\" (its type)" },
        { """{"type":"relationship","id":"r:x","label":"GOVERNS","start":{"id":"township:new"},"end":{"id":"village:new"}}""", "unknown relationship type \"GOVERNS\"" },
        { """{"type":"relationship","id":"r:x","label":"OVERSEES","start":{"id":"township:new"}}""", "relationship has no end.id" },
        { """{"type":"relationship","id":"r:x","label":"OVERSEES","start":{"id":"township:new"},"end":{"id":"village:nowhere"}}""", "end node \"village:nowhere\" is in neither the file nor the store" },
        { """{"type":"relationship","id":"r:x","label":"OVERSEES","start":{"id":"village:new"},"end":{"id":"township:new"}}""", "OVERSEES may not join Village \"village:new\" → Township \"township:new\" (allowed: City → Township, Township → Village, Village → PartyGroup, PartyGroup → CentralHousehold)" },
        { """{"type":"relationship","id":"r:x","label":"LINKS","start":{"id":"person:li"},"end":{"id":"village:new"}}""", "LINKS may not join Person \"person:li\" → Village \"village:new\" (allowed: Person → Household)" },
        { """{"type":"relationship","id":"r:x\n","label":"OVERSEES","start":{"id":"township:new"},"end":{"id":"village:new"}}""", "malformed relationship id \"r:x\\u000a\" (empty, longer than 200 characters or holding control characters)" },
    };

    [Theory]
    [MemberData(nameof(BadLines))]
    public async Task ABadLineIsRefusedWithItsLineNumberAndReasonAndNothingIsWritten(string badLine, string reason)
    {
        var result = await ImportIntoSampleAsync(GoodStart + "\n" + badLine + "\n");

        Assert.Equal([new ImportError(4, reason)], result.Errors);
    }

    [Fact]
    public async Task ARelationshipBeforeTheNodeLineItUsesIsRefused()
    {
        const string file = """
            {"type":"node","id":"township:new","labels":["Township"],"properties":{}}
            {"type":"relationship","id":"r:early","label":"OVERSEES","start":{"id":"township:new"},"end":{"id":"village:late"},"properties":{}}
            {"type":"node","id":"village:late","labels":["Village"],"properties":{}}
            """;

        var result = await ImportIntoSampleAsync(file);

        Assert.Equal(
            [new ImportError(2, "end node \"village:late\" is defined after this relationship (on line 3); nodes must come before the relationships that use them")],
            result.Errors);
    }

    [Fact]
    public async Task ARelationshipMayNotReferToANodeLineByItsPropertiesId()
    {
        const string file = """
            {"type":"node","id":"0","labels":["Township"],"properties":{"id":"township:new"}}
            {"type":"node","id":"1","labels":["Village"],"properties":{"id":"village:new"}}
            {"type":"relationship","id":"5","label":"OVERSEES","start":{"id":"township:new"},"end":{"id":"1"},"properties":{}}
            """;

        var result = await ImportIntoSampleAsync(file);

        Assert.Equal(
            [new ImportError(3, "start node \"township:new\" is in neither the file nor the store; it is the properties.id of the node on line 1, but relationships refer to node lines by their line \"id\"")],
            result.Errors);
    }

    [Fact]
    public async Task WithReplaceARelationshipMayNotUseAStoredNode()
    {
        const string file = """
            {"type":"node","id":"village:new","labels":["Village"],"properties":{}}
            {"type":"relationship","id":"r:x","label":"OVERSEES","start":{"id":"township:gangkou"},"end":{"id":"village:new"},"properties":{}}
            """;

        var result = await ImportIntoSampleAsync(file, replace: true);

        Assert.Equal(
            [new ImportError(2, "start node \"township:gangkou\" is not in the file (and the stored graph is being replaced)")],
            result.Errors);
    }

    [Fact]
    public async Task ARelationshipToARefusedNodeLineAddsNoSecondError()
    {
        const string file = """
            {"type":"node","id":"township:new","labels":["Towncenter"],"properties":{}}
            {"type":"node","id":"village:new","labels":["Village"],"properties":{}}
            {"type":"relationship","id":"r:x","label":"OVERSEES","start":{"id":"township:new"},"end":{"id":"village:new"},"properties":{}}
            """;

        var result = await ImportIntoSampleAsync(file);

        Assert.Equal([1], result.Errors.Select(e => e.Line));
    }

    [Fact]
    public async Task ErrorsComeInLineOrderAndReadingStopsAtTheLimit()
    {
        var file = new StringBuilder();
        file.AppendLine("""{"type":"relationship","id":"r:early","label":"OVERSEES","start":{"id":"township:gangkou"},"end":{"id":"village:late"}}""");
        file.AppendLine("""{"type":"node","id":"village:late","labels":["Village"],"properties":{}}""");
        for (var i = 0; i < 30; i++)
        {
            file.AppendLine("""{"type":"node","id":"x","labels":["Nope"]}""");
        }

        var result = await ImportIntoSampleAsync(file.ToString());

        Assert.True(result.StoppedEarly);
        Assert.Equal(Enumerable.Range(3, 20), result.Errors.Select(e => e.Line));
    }

    [Fact]
    public async Task AllErrorsOfAFileAreReportedInLineOrder()
    {
        const string file = """
            {"type":"relationship","id":"r:early","label":"OVERSEES","start":{"id":"township:gangkou"},"end":{"id":"village:late"}}
            {"type":"node","id":"village:late","labels":["Village"],"properties":{}}
            {"type":"node","id":"x","labels":["Nope"]}
            not json
            """;

        var result = await ImportIntoSampleAsync(file);

        Assert.False(result.StoppedEarly);
        Assert.Equal([1, 3, 4], result.Errors.Select(e => e.Line));
    }

    [Fact]
    public async Task ARelationshipIdAlreadyStoredIsRefusedByTheStoreAndNothingIsWritten()
    {
        const string file = """
            {"type":"node","id":"hh:7","labels":["Household"],"properties":{"headName":"孙七","size":3}}
            {"type":"relationship","id":"r:cov-1","label":"COVERS","start":{"id":"group:xicun-1"},"end":{"id":"hh:7"},"properties":{}}
            """;

        var result = await ImportIntoSampleAsync(file);

        var error = Assert.Single(result.Errors);
        Assert.Equal(0, error.Line);
        Assert.Equal("the store refused the import: A relationship with id 'r:cov-1' already exists.", error.Reason);
    }

    /// <summary>Imports into a store holding the sample graph, and checks that a refused import left it exactly as it was.</summary>
    private async Task<ImportResult> ImportIntoSampleAsync(string file, bool replace = false)
    {
        var store = await _stores.CreateAsync(Build());
        var nodesBefore = await GraphText.NodesAsync(store);
        var relationshipsBefore = await GraphText.RelationshipsAsync(store);

        var result = await TemporaryStores.ImportAsync(store, file, replace);

        Assert.False(result.Succeeded);
        Assert.Null(result.Batch);
        Assert.Equal(nodesBefore, await GraphText.NodesAsync(store));
        Assert.Equal(relationshipsBefore, await GraphText.RelationshipsAsync(store));
        Assert.Equal(21, await store.CountNodesAsync(new NodeCriteria(), TemporaryStores.Ct));
        return result;
    }

    public void Dispose() => _stores.Dispose();
}
