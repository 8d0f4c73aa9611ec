using GovGraph.Domain.Model;
using GovGraph.Domain.Rules;
using GovGraph.Domain.ServiceRequests;
using GovGraph.Storage.Editing;
using GovGraph.Storage.Scoping;
using static GovGraph.Storage.Tests.SampleGraph;

namespace GovGraph.Storage.Tests.Editing;

/// <summary>
/// Cases edited through a scoped caller's view (<see cref="ScopedGraphStore"/>): the chain a case climbs is the
/// whole one whatever the caller sees, and who may act is judged on what the caller sees. 户1's chain:
/// 李明 → 山门村第一党小组 → 山门村 → 港口镇 → 宁国市.
/// </summary>
public sealed class ScopedCaseEditTests : EditingTests
{
    private static readonly DateTimeOffset Monday = new(2025, 3, 17, 9, 0, 0, TimeSpan.Zero);

    private ServiceRequestEditor Requests { get; } = new();

    [Fact]
    public async Task AScopedSendBackReachesTheLevelAboveTheScope()
    {
        var store = await StoreAsync();
        var id = await HeldByAsync(store, ShanmenGroup1);
        var group = new ScopedGraphStore(store, ShanmenGroup1);

        var sent = await group.ExecuteWriteAsync(new("group"), (tx, ct) =>
            Requests.SendBackAsync(tx, id, "需村级协调", Monday.AddMinutes(10), "group", null, ct), Ct);

        Assert.Equal("DISPATCHED", sent.Value!.GetString(Props.Status));
        Assert.Equal(Shanmen, await AssigneeAsync(store, id));
    }

    [Fact]
    public async Task TheHandlersWorkNeedsACallerWhoSeesTheHandler()
    {
        var store = await StoreAsync();
        var id = await HeldByAsync(store, ShanmenGroup1, Shanmen);

        await AssertRefusedAsync(store, ShanmenGroup1, RuleCodes.NotHandler, new RequestAction.Accept(), id);

        var accepted = await new ScopedGraphStore(store, Gangkou).ExecuteWriteAsync(new("township"), (tx, ct) =>
            Requests.ApplyAsync(tx, id, new RequestAction.Accept(), Monday.AddMinutes(10), "township", null, ct), Ct);
        Assert.Equal("ACCEPTED", accepted.Value!.GetString(Props.Status));
    }

    [Fact]
    public async Task AnExtensionNeedsACallerWhoSeesTheLevelAboveTheHandler()
    {
        var store = await StoreAsync();
        var id = await HeldByAsync(store, ShanmenGroup1);
        await store.ExecuteWriteAsync(new("group"), (tx, ct) =>
            Requests.ApplyAsync(tx, id, new RequestAction.Accept(), Monday.AddMinutes(10), "group", null, ct), Ct);
        var extension = new RequestAction.RequestExtension(Monday.AddDays(30), "需要协调");

        await AssertRefusedAsync(store, ShanmenGroup1, RuleCodes.NotLevelAbove, extension, id);

        var extended = await new ScopedGraphStore(store, Shanmen).ExecuteWriteAsync(new("village"), (tx, ct) =>
            Requests.ApplyAsync(tx, id, extension, Monday.AddMinutes(20), "village", null, ct), Ct);
        Assert.Equal(1L, extended.Value!.GetLong(Props.Extensions));
    }

    /// <summary>A case of 户1 sent back (unscoped) until <paramref name="levels"/>' last holds it.</summary>
    private async Task<string> HeldByAsync(IGraphStore store, params string[] levels)
    {
        var request = (await store.ExecuteWriteAsync(new("resident"), (tx, ct) => Requests.RaiseAsync(tx,
            new RaiseRequest("hh:1", RequestCategory.Help, "路灯坏了", RequestChannel.App, Monday), "resident", null, ct), Ct)).Value!;
        foreach (var _ in levels)
        {
            await store.ExecuteWriteAsync(new("clerk"), (tx, ct) =>
                Requests.SendBackAsync(tx, request.Id, "不在本级", Monday.AddMinutes(5), "clerk", null, ct), Ct);
        }

        Assert.Equal(levels[^1], await AssigneeAsync(store, request.Id));
        return request.Id;
    }

    /// <summary>Refused through the scope's view with this code (field <c>request</c>), and the change log unchanged.</summary>
    private async Task AssertRefusedAsync(IGraphStore store, string scope, string code, RequestAction action, string id)
    {
        var before = (await store.GetChangeLogInfoAsync(Ct)).Latest;
        var version = (await store.GetNodesAsync([id], Ct)).Single().Version;

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => new ScopedGraphStore(store, scope).ExecuteWriteAsync(new("scoped"),
            (tx, ct) => Requests.ApplyAsync(tx, id, action, Monday.AddMinutes(20), "scoped", null, ct), Ct));

        Assert.Equal((code, "request"), (refused.Code, refused.Field));
        Assert.Equal(before, (await store.GetChangeLogInfoAsync(Ct)).Latest);
        Assert.Equal(version, (await store.GetNodesAsync([id], Ct)).Single().Version);
    }

    private static async Task<string> AssigneeAsync(IGraphStore store, string id) =>
        (await store.GetAdjacentAsync([id], [RelTypes.AssignedTo], null, Ct)).Single(r => r.StartId == id).EndId;
}
