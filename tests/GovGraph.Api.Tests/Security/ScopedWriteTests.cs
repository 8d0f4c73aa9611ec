using GovGraph.Api.Tests.Changes;
using GovGraph.Api.Tests.Infrastructure;
using GovGraph.Api.Tests.Transport;
using static GovGraph.Api.Tests.Changes.SmallCounty;

namespace GovGraph.Api.Tests.Security;

/// <summary>
/// Writes need editor or admin, and stay within the caller's scope: a node outside it is absent to the edit, and a
/// new node that would land outside it is refused. A refusal changes nothing. The feed a scoped reader gets holds
/// only its subtree, masked as its role says.
/// </summary>
public sealed class ScopedWriteTests(SecuredSmallCountyFactory api) : IClassFixture<SecuredSmallCountyFactory>
{
    private HttpClient GangkouEditor => api.ClientFor("editor", Gangkou, pii: true, name: "gangkou-editor");

    [Theory]
    [InlineData("viewer")]
    [InlineData("analyst")]
    public async Task ReadersMayNotWrite(string role)
    {
        var before = await api.LatestCursorAsync();

        var payload = await api.ClientFor(role, pii: true).MutateAsync(
            """mutation { updateVillage(input: { id: "village:shanmen", expectedVersion: 1, name: "改名" }) { village { id } errors { code } } }""");

        payload.AssertRefused("FORBIDDEN", null);
        Assert.Equal(before, await api.LatestCursorAsync());
    }

    [Fact]
    public async Task AnEditorChangesNodesInsideTheScopeAndTheChangeIsRecordedUnderTheirName()
    {
        var before = await api.LatestCursorAsync();

        var payload = await GangkouEditor.MutateAsync(
            """mutation { createHousehold(input: { partyGroup: "group:shanmen-2", id: "hh:scoped", headName: "周新", size: 2 }) { household { id headName } errors { code } } }""");

        Assert.Equal("周新", payload.AssertAccepted()["household"]!["headName"]!.GetValue<string>());
        var events = await api.EventsAfterAsync(before);
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal("gangkou-editor", e.Actor));
    }

    [Fact]
    public async Task ANodeOutsideTheScopeIsAbsentToAnEditAndNothingChanges()
    {
        var before = await api.LatestCursorAsync();

        var update = await GangkouEditor.MutateAsync(
            """mutation { updateVillage(input: { id: "village:xicun", expectedVersion: 1, name: "改名" }) { village { id } errors { code } } }""");
        var create = await GangkouEditor.MutateAsync(
            """mutation { createHousehold(input: { partyGroup: "group:xicun-1", headName: "外人", size: 1 }) { household { id } errors { code } } }""");
        var delete = await GangkouEditor.MutateAsync(
            """mutation { deleteNode(input: { id: "hh:4" }) { deletedIds errors { code } } }""");

        Assert.Equal("NODE_NOT_FOUND", update.ErrorCodes().Single());
        Assert.Equal("NODE_NOT_FOUND", create.ErrorCodes().Single());
        Assert.Equal("NODE_NOT_FOUND", delete.ErrorCodes().Single());
        Assert.Equal(before, await api.LatestCursorAsync());
    }

    [Fact]
    public async Task ANewNodeThatWouldLandOutsideTheScopeIsRefusedAndNothingChanges()
    {
        var before = await api.LatestCursorAsync();
        var nodes = await api.NodeCountAsync();

        // An agency sits under the city, above a township editor's scope.
        var payload = await GangkouEditor.MutateAsync(
            """mutation { createAgency(input: { name: "港口镇外的局", category: ORGAN }) { agency { id } errors { code } } }""");

        Assert.Equal("OUT_OF_SCOPE", payload.ErrorCodes().Single());
        Assert.Equal(before, await api.LatestCursorAsync());
        Assert.Equal(nodes, await api.NodeCountAsync());
    }

    [Fact]
    public async Task ARefusalNeverNamesANodeOutsideTheScope()
    {
        // 陈静 (second group) links hh:2 (first group); an editor of the first group tries to give hh:2 to 李明.
        var admin = api.ClientFor("admin", pii: true);
        (await admin.MutateAsync("""mutation { linkHousehold(input: { member: "person:chen", household: "hh:2" }) { errors { code } } }""")).AssertAccepted();

        var payload = await api.ClientFor("editor", ShanmenGroup1).MutateAsync(
            """mutation { linkHousehold(input: { member: "person:li", household: "hh:2" }) { relationship { id } errors { code message field } } }""");

        var error = payload.AssertRefused("HOUSEHOLD_ALREADY_LINKED", "household");
        Assert.DoesNotContain(Chen, error["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheChangeFeedOfAScopedReaderHoldsOnlyItsSubtree()
    {
        var before = await api.LatestCursorAsync();
        var admin = api.ClientFor("admin", pii: true);
        await admin.MutateAsync("""mutation { updateHousehold(input: { id: "hh:3", expectedVersion: 1, size: 6 }) { errors { code } } }""");
        await admin.MutateAsync("""mutation { updateHousehold(input: { id: "hh:4", expectedVersion: 1, size: 2 }) { errors { code } } }""");

        var data = (await api.ClientFor("viewer", Gangkou).PostAsync(
            "query ($after: String) { changes(after: $after) { nodes { nodeId after } } }",
            new { after = before.ToString("D16", System.Globalization.CultureInfo.InvariantCulture) })).AssertNoErrors().Data;

        var events = data["changes"]!["nodes"]!.AsArray();
        var only = Assert.Single(events)!;
        Assert.Equal("hh:3", only["nodeId"]!.GetValue<string>());
        Assert.Equal("刘*", only["after"]![GovGraph.Domain.Model.Props.HeadName]!.GetValue<string>());
    }

    [Fact]
    public async Task ASubscriptionOfAScopedReaderOverAWebSocketGetsOnlyItsSubtree()
    {
        var before = await api.LatestCursorAsync();
        await using var socket = await WsTestClient.ConnectAsync(api);
        var token = Tokens.Create("viewer", Xialin);
        await socket.SendAsync($$$"""{"type":"connection_init","payload":{"Authorization":"Bearer {{{token}}}"}}""");
        Assert.Equal("connection_ack", (await socket.ReceiveAsync())["type"]!.GetValue<string>());
        // Replaying from a cursor taken before the writes, so the subscription cannot miss them however late it starts.
        await socket.SubscribeAsync("1", "subscription ($after: String) { changes(after: $after) { nodeId after } }",
            new { after = before.ToString("D16", System.Globalization.CultureInfo.InvariantCulture) });

        var admin = api.ClientFor("admin", pii: true);
        await admin.MutateAsync("""mutation { updatePartyGroup(input: { id: "group:shanmen-1", expectedVersion: 1, talkPoint: false }) { errors { code } } }""");
        await admin.MutateAsync("""mutation { updatePartyGroup(input: { id: "group:xicun-1", expectedVersion: 1, hasVenue: true }) { errors { code } } }""");

        var next = await socket.ReceiveAsync();
        Assert.Equal("next", next["type"]!.GetValue<string>());
        Assert.Equal("group:xicun-1", next["payload"]!["data"]!["changes"]!["nodeId"]!.GetValue<string>());
    }
}
