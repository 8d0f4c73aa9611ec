using GovGraph.Api.Changes.Feed;
using GovGraph.Api.Tests.Infrastructure;
using static GovGraph.Api.Tests.Changes.FeedApi;

namespace GovGraph.Api.Tests.Changes;

/// <summary>The <c>changes</c> query: paging, the event fields, filters and cursor errors.</summary>
public sealed class ChangeQueryTests : IAsyncLifetime
{
    private const string Page = """
        query($after: String, $under: ID, $types: [ChangeType!], $first: Int) {
          changes(after: $after, under: $under, types: $types, first: $first) {
            edges { cursor node { cursor type nodeId label actor commitId at relationship { id type startId endId } before after node { id } } }
            nodes { cursor }
            pageInfo { hasNextPage endCursor }
          }
        }
        """;

    private readonly FeedApi _api = new();
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        await _api.StartAsync();
        _client = _api.CreateClient();
    }

    public Task DisposeAsync()
    {
        _api.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task PagesThroughTheLogInCommitOrderWithCursors()
    {
        var start = await _api.LatestAsync();
        var created = await _api.AddHouseholdAsync(EastGroup);
        var renamed = await _api.RenameAsync(EastVillage, "东村新");

        var first = await QueryAsync(new { after = ChangeCursor.Format(start), first = 2 });
        var second = await QueryAsync(new { after = first["pageInfo"]!["endCursor"]!.GetValue<string>(), first = 2 });

        Assert.Equal([ChangeCursor.Format(created[0].Cursor), ChangeCursor.Format(created[1].Cursor)], Cursors(first));
        Assert.True(first["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.Equal([ChangeCursor.Format(renamed.Cursor)], Cursors(second));
        Assert.False(second["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.Equal(Cursors(first), first["nodes"]!.AsArray().Select(n => n!["cursor"]!.GetValue<string>()));
    }

    [Fact]
    public async Task AnEventCarriesItsTypeNodeRelationshipPropertiesActorAndTime()
    {
        var start = await _api.LatestAsync();
        var created = await _api.AddHouseholdAsync(EastGroup);
        await _api.RenameAsync(EastVillage, "东村新");

        var edges = (await QueryAsync(new { after = ChangeCursor.Format(start) }))["edges"]!.AsArray();

        var nodeCreated = edges[0]!["node"]!;
        Assert.Equal("NODE_CREATED", nodeCreated["type"]!.GetValue<string>());
        Assert.Equal(created[0].NodeId, nodeCreated["nodeId"]!.GetValue<string>());
        Assert.Equal("Household", nodeCreated["label"]!.GetValue<string>());
        Assert.Equal(created[0].NodeId, nodeCreated["node"]!["id"]!.GetValue<string>());
        Assert.Null(nodeCreated["before"]);
        Assert.Equal(3, nodeCreated["after"]!["size"]!.GetValue<long>());
        Assert.Equal("tester", nodeCreated["actor"]!.GetValue<string>());
        Assert.Equal(created[0].CommitId, nodeCreated["commitId"]!.GetValue<string>());
        var at = DateTimeOffset.Parse(nodeCreated["at"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(created[0].At.ToUnixTimeSeconds(), at.ToUnixTimeSeconds());

        var relationship = edges[1]!["node"]!;
        Assert.Equal("RELATIONSHIP_CREATED", relationship["type"]!.GetValue<string>());
        Assert.Null(relationship["nodeId"]);
        Assert.Null(relationship["node"]);
        Assert.Equal("COVERS", relationship["relationship"]!["type"]!.GetValue<string>());
        Assert.Equal(EastGroup, relationship["relationship"]!["startId"]!.GetValue<string>());
        Assert.Equal(created[0].NodeId, relationship["relationship"]!["endId"]!.GetValue<string>());

        var updated = edges[2]!["node"]!;
        Assert.Equal("NODE_UPDATED", updated["type"]!.GetValue<string>());
        Assert.Equal("东村", updated["before"]!["name"]!.GetValue<string>());
        Assert.Equal("东村新", updated["after"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task UnderAndTypesFilterThePage()
    {
        var start = await _api.LatestAsync();
        await _api.AddHouseholdAsync(EastGroup);
        var west = await _api.AddHouseholdAsync(WestGroup);
        var link = await _api.LinkAsync(EastMember, WestHousehold);

        var underWest = await QueryAsync(new { after = ChangeCursor.Format(start), under = WestTownship });
        var westLinks = await QueryAsync(new { after = ChangeCursor.Format(start), under = WestVillage, types = new[] { "RELATIONSHIP_CREATED" } });

        Assert.Equal(west.Append(link).Select(e => ChangeCursor.Format(e.Cursor)), Cursors(underWest));
        Assert.Equal([ChangeCursor.Format(west[1].Cursor), ChangeCursor.Format(link.Cursor)], Cursors(westLinks));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("42")]
    [InlineData("-000000000000042")]
    [InlineData("00000000000000042")]
    public async Task AnAfterThatIsNotACursorIsInvalidCursor(string after)
    {
        var response = await _client.PostAsync(Page, new { after });

        Assert.Equal(["INVALID_CURSOR"], response.ErrorCodes);
        Assert.Equal("after", response.Errors![0]!["extensions"]!["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task ACursorBeyondTheNewestChangeIsInvalidCursor()
    {
        var latest = await _api.LatestAsync();

        var response = await _client.PostAsync(Page, new { after = ChangeCursor.Format(latest + 5) });

        Assert.Equal(["INVALID_CURSOR"], response.ErrorCodes);
    }

    [Fact]
    public async Task ASubscriptionOverPlainHttpIsRefusedWithItsCode()
    {
        var response = await _client.PostAsync("subscription { changes { cursor } }");

        Assert.Equal(400, response.StatusCode);
        Assert.Equal(["SUBSCRIPTION_NEEDS_STREAM"], response.ErrorCodes);
    }

    private async Task<System.Text.Json.Nodes.JsonNode> QueryAsync(object variables) =>
        (await _client.PostAsync(Page, variables)).AssertNoErrors().Data["changes"]!;

    private static IEnumerable<string> Cursors(System.Text.Json.Nodes.JsonNode connection) =>
        connection["edges"]!.AsArray().Select(e => e!["cursor"]!.GetValue<string>()).ToList();
}
