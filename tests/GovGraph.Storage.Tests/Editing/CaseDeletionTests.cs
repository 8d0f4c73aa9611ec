using GovGraph.Domain.Changes;
using GovGraph.Domain.Model;
using GovGraph.Domain.Rules;
using GovGraph.Domain.ServiceRequests;
using GovGraph.Storage.Editing;
using static GovGraph.Storage.Tests.SampleGraph;

namespace GovGraph.Storage.Tests.Editing;

/// <summary>
/// Deleting households and handlers that have cases: an open case blocks the delete of its household and of its
/// handler (HAS_OPEN_REQUESTS), directly or by cascade; closed cases go with their household, events first. 户1
/// is linked by 李明, who holds its new cases.
/// </summary>
public sealed class CaseDeletionTests : EditingTests
{
    private static readonly DateTimeOffset Monday = new(2025, 3, 17, 9, 0, 0, TimeSpan.Zero);

    private ServiceRequestEditor Requests { get; } = new();

    private async Task<string> RaiseAsync(IGraphStore store, string household = "hh:1") =>
        (await store.ExecuteWriteAsync(new("resident"), (tx, ct) => Requests.RaiseAsync(tx,
            new RaiseRequest(household, RequestCategory.Help, "路灯坏了，请修一下。", RequestChannel.App, Monday), household, null, ct), Ct)).Value!.Id;

    private async Task CloseAsync(IGraphStore store, string id)
    {
        RequestAction[] steps = [new RequestAction.Accept(), new RequestAction.Resolve("已修好。"), new RequestAction.Rate(RequestRating.Satisfied), new RequestAction.Close()];
        for (var i = 0; i < steps.Length; i++)
        {
            var step = steps[i];
            await store.ExecuteWriteAsync(new(Li), (tx, ct) => Requests.ApplyAsync(tx, id, step, Monday.AddHours(i + 1), Li, null, ct), Ct);
        }
    }

    [Fact]
    public async Task AHouseholdWithAnOpenCaseIsNotDeletedEvenWithCascade()
    {
        var store = await StoreAsync();
        var request = await RaiseAsync(store);

        var refused = await AssertRefusedAsync(store, RuleCodes.HasOpenRequests, "id",
            (e, tx, ct) => e.DeleteNodeAsync(tx, new DeleteNode(Household(1), Cascade: true), null, ct));

        Assert.Contains(request, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AVillageCascadeIsRefusedWhileOneOfItsHouseholdsHasAnOpenCase()
    {
        var store = await StoreAsync();
        await RaiseAsync(store, Household(3));

        await AssertRefusedAsync(store, RuleCodes.HasOpenRequests, "id",
            (e, tx, ct) => e.DeleteNodeAsync(tx, new DeleteNode(Shanmen, Cascade: true), null, ct));
    }

    [Fact]
    public async Task TheHandlerOfAnOpenCaseIsNotDeleted()
    {
        var store = await StoreAsync();
        await RaiseAsync(store);

        await AssertRefusedAsync(store, RuleCodes.HasOpenRequests, "id",
            (e, tx, ct) => e.DeleteNodeAsync(tx, new DeleteNode(Li, Cascade: false), null, ct));
    }

    [Fact]
    public async Task AHouseholdWithClosedCasesNeedsCascadeLikeAnyNodeWithDependants()
    {
        var store = await StoreAsync();
        await CloseAsync(store, await RaiseAsync(store));

        var refused = await AssertRefusedAsync(store, RuleCodes.HasDependants, "cascade",
            (e, tx, ct) => e.DeleteNodeAsync(tx, new DeleteNode(Household(1), Cascade: false), null, ct));

        Assert.Contains("1 ServiceRequest", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithCascadeTheClosedCasesGoWithTheirHouseholdEventsFirst()
    {
        var store = await StoreAsync();
        var request = await RaiseAsync(store);
        await CloseAsync(store, request);

        var result = await EditAsync(store, (e, tx, ct) => e.DeleteNodeAsync(tx, new DeleteNode(Household(1), Cascade: true), null, ct));

        var events = Enumerable.Range(1, 6).Select(i => $"{request}/event-{i:D4}").ToList();
        Assert.Equal([.. events, request, Household(1)], result.Value.Ids);
        Assert.Equal(result.Value.Ids, result.Events.Where(e => e.Type == ChangeType.NodeDeleted).Select(e => e.NodeId));
        Assert.Equal(0, await store.CountNodesAsync(new NodeCriteria { Labels = [.. Labels.CaseLabels] }, Ct));
        Assert.Single(await store.GetNodesAsync([Li], Ct));
        var removed = result.Events.Where(e => e.Type == ChangeType.RelationshipDeleted).Select(e => e.Relationship!.Type).ToList();
        Assert.Equal(6, removed.Count(t => t == RelTypes.HasEvent));
        Assert.Single(removed, RelTypes.RaisedBy);
        Assert.Single(removed, RelTypes.AssignedTo);
    }

    [Fact]
    public async Task AClosedCaseStaysWithItsHouseholdWhenItsHandlerIsDeletedAndRefusesEveryAction()
    {
        var store = await StoreAsync();
        var request = await RaiseAsync(store);
        await CloseAsync(store, request);

        var result = await EditAsync(store, (e, tx, ct) => e.DeleteNodeAsync(tx, new DeleteNode(Li, Cascade: false), null, ct));

        Assert.Equal([Li], result.Value.Ids);
        Assert.Equal("hh:1", (await store.GetAncestorsAsync([request], Ct))[request][0]);
        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => store.ExecuteWriteAsync(new("tester"),
            (tx, ct) => Requests.ApplyAsync(tx, request, new RequestAction.Accept(), Monday.AddDays(1), "tester", null, ct), Ct));
        Assert.Equal(RuleCodes.IllegalTransition, refused.Code);
    }

    [Fact]
    public async Task ACaseOrOneOfItsEventsCannotBeDeletedOnItsOwn()
    {
        var store = await StoreAsync();
        var request = await RaiseAsync(store);
        await CloseAsync(store, request);

        await AssertRefusedAsync(store, RuleCodes.NotAllowed, "id",
            (e, tx, ct) => e.DeleteNodeAsync(tx, new DeleteNode(request, Cascade: true), null, ct));
        await AssertRefusedAsync(store, RuleCodes.NotAllowed, "id",
            (e, tx, ct) => e.DeleteNodeAsync(tx, new DeleteNode($"{request}/event-0001", Cascade: false), null, ct));
    }

    [Fact]
    public async Task AVillageCascadeTakesTheClosedCasesOfItsHouseholds()
    {
        var store = await StoreAsync();
        var request = await RaiseAsync(store, Household(2));
        await CloseAsync(store, request);

        var result = await EditAsync(store, (e, tx, ct) => e.DeleteNodeAsync(tx, new DeleteNode(Shanmen, Cascade: true), null, ct));

        var ids = result.Value.Ids.ToList();
        Assert.True(ids.IndexOf(request) < ids.IndexOf(Household(2)));
        Assert.Equal(0, await store.CountNodesAsync(new NodeCriteria { Labels = [.. Labels.CaseLabels] }, Ct));
    }
}
