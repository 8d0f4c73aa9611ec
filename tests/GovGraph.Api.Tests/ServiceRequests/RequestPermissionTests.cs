using GovGraph.Api.Tests.Changes;
using GovGraph.Api.Tests.Infrastructure;
using static GovGraph.Api.Tests.Changes.SmallCounty;

namespace GovGraph.Api.Tests.ServiceRequests;

/// <summary>
/// Who may act on a case, with real tokens: writers only; the case's household within the caller's scope; the
/// handler's work (accept, send back, start, resolve) by a caller whose scope holds the handler; an extension by
/// the level above the handler; rating and closing by any writer who sees the case. A send-back may take the case
/// out of the caller's scope. hh:1's chain: 李明 → 山门村第一党小组 → 山门村 → 港口镇 → 宁国市委.
/// </summary>
public sealed class RequestPermissionTests(SecuredCaseFactory api) : IClassFixture<SecuredCaseFactory>
{
    private HttpClient Admin => api.ClientFor("admin", name: "city-admin");

    private HttpClient Editor(string scope) => api.ClientFor("editor", scope, name: scope.Replace(':', '-') + "-editor");

    [Theory]
    [InlineData("viewer")]
    [InlineData("analyst")]
    public async Task ReadersMayNeitherRaiseNorActOnRequests(string role)
    {
        var id = await Admin.RaisedAsync(Household(1));
        var reader = api.ClientFor(role, pii: true);
        var cursor = await api.LatestCursorAsync();

        (await reader.RaiseAsync(Household(1))).AssertRefused("FORBIDDEN", null);
        (await reader.ActAsync("acceptRequest", id)).AssertRefused("FORBIDDEN", null);
        (await reader.ActAsync("requestExtension", id, """reason: "r" """)).AssertRefused("FORBIDDEN", null);

        Assert.Equal(cursor, await api.LatestCursorAsync());
    }

    [Fact]
    public async Task AHouseholdOrRequestOutsideTheScopeIsNotFound()
    {
        var elsewhere = await Admin.RaisedAsync(Household(4));
        var gangkou = Editor(Gangkou);
        var cursor = await api.LatestCursorAsync();

        (await gangkou.RaiseAsync(Household(4))).AssertRefused("NODE_NOT_FOUND", "household");
        (await gangkou.ActAsync("acceptRequest", elsewhere)).AssertRefused("NODE_NOT_FOUND", "request");
        (await gangkou.ActAsync("closeRequest", elsewhere)).AssertRefused("NODE_NOT_FOUND", "request");

        Assert.Equal(cursor, await api.LatestCursorAsync());
    }

    [Fact]
    public async Task AScopedEditorRaisesAndHandlesItsOwnHouseholdsRequests()
    {
        var group = Editor(ShanmenGroup1);

        var raised = (await group.RaiseAsync(Household(1))).AssertAccepted()["serviceRequest"]!;
        var id = raised.Text("id");
        await group.ActedAsync("acceptRequest", id);
        await group.ActedAsync("startRequest", id);
        var resolved = await group.ActedAsync("resolveRequest", id, """note: "已处理" """);

        Assert.Equal((Li, "RESOLVED"), (raised["assignee"]!.Text("id"), resolved.Text("status")));
        Assert.All(resolved["events"]!["nodes"]!.AsArray(), e => Assert.Equal("group-shanmen-1-editor", e!.Text("actor")));
    }

    [Fact]
    public async Task ASendBackTakesTheRequestOutOfTheCallersScopeAndOutOfItsHands()
    {
        var group = Editor(ShanmenGroup1);
        var id = await group.RaisedAsync(Household(1));
        await group.ActedAsync("sendBackRequest", id, """reason: "党员外出" """);

        // Held by the group now: the group's key sends it on to the village, which its scope does not reach.
        var sent = await group.ActedAsync("sendBackRequest", id, """reason: "需村级协调" """);

        Assert.Equal("DISPATCHED", sent.Text("status"));
        Assert.Null(sent["assignee"]);
        Assert.Equal(Shanmen, (await Admin.ReadAsync(id))["assignee"]!.Text("id"));

        var cursor = await api.LatestCursorAsync();
        (await group.ActAsync("acceptRequest", id)).AssertRefused("NOT_HANDLER", "request");
        (await group.ActAsync("sendBackRequest", id, """reason: "r" """)).AssertRefused("NOT_HANDLER", "request");
        Assert.Equal(cursor, await api.LatestCursorAsync());

        // The village (its handler) and the township above it may act.
        await Editor(Shanmen).ActedAsync("acceptRequest", id);
        await Editor(Gangkou).ActedAsync("startRequest", id);
    }

    [Fact]
    public async Task AnExtensionIsGrantedByTheLevelAboveTheHandlerOnly()
    {
        var group = Editor(ShanmenGroup1);
        var id = await group.RaisedAsync(Household(1));
        await group.ActedAsync("sendBackRequest", id, """reason: "党员外出" """);
        await group.ActedAsync("acceptRequest", id);
        var cursor = await api.LatestCursorAsync();

        // The group holds it: its own key (and anything below) may not extend its own deadline.
        (await group.ActAsync("requestExtension", id, """reason: "需要时间" """)).AssertRefused("NOT_LEVEL_ABOVE", "request");
        Assert.Equal(cursor, await api.LatestCursorAsync());

        var extended = await Editor(Shanmen).ActedAsync("requestExtension", id, """reason: "需要时间" """);
        Assert.Equal(1, extended["extensions"]!.GetValue<int>());
    }

    [Fact]
    public async Task TheGroupGrantsItsLinkingMemberAnExtensionAndTheCityGrantsAnyIncludingItsOwn()
    {
        var group = Editor(ShanmenGroup1);
        var members = await group.RaisedAsync(Household(1));
        await group.ActedAsync("acceptRequest", members);
        Assert.Equal(1, (await group.ActedAsync("requestExtension", members, """reason: "r" """))["extensions"]!.GetValue<int>());

        var citys = await Admin.RaisedAsync(Household(1));
        foreach (var _ in new[] { ShanmenGroup1, Shanmen, Gangkou, City })
        {
            await Admin.ActedAsync("sendBackRequest", citys, """reason: "r" """);
        }

        await Admin.ActedAsync("acceptRequest", citys);
        (await Editor(Gangkou).ActAsync("requestExtension", citys, """reason: "r" """)).AssertRefused("NOT_LEVEL_ABOVE", "request");
        Assert.Equal(1, (await Admin.ActedAsync("requestExtension", citys, """reason: "r" """))["extensions"]!.GetValue<int>());
    }

    [Fact]
    public async Task AnyWriterWhoSeesTheRequestRatesAndClosesIt()
    {
        var id = await Admin.RaisedAsync(Household(1));
        foreach (var _ in new[] { ShanmenGroup1, Shanmen })
        {
            await Admin.ActedAsync("sendBackRequest", id, """reason: "r" """);
        }

        await Admin.ActedAsync("acceptRequest", id);
        await Admin.ActedAsync("resolveRequest", id, """note: "村里已处理" """);

        // Held by the village, above the group's scope; the case is under the group's household, so it rates and closes.
        var group = Editor(ShanmenGroup1);
        await group.ActedAsync("rateRequest", id, "rating: SATISFIED");
        Assert.Equal("CLOSED", (await group.ActedAsync("closeRequest", id)).Text("status"));
    }
}
