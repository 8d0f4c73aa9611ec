using GovGraph.Domain.Changes;
using GovGraph.Domain.Model;
using GovGraph.Domain.Rules;
using GovGraph.Domain.ServiceRequests;
using GovGraph.Storage.Changes;
using GovGraph.Storage.Editing;
using GovGraph.Storage.Writing;
using static GovGraph.Storage.Tests.SampleGraph;

namespace GovGraph.Storage.Tests.Editing;

/// <summary>
/// Cases in the sample graph. 户1 is linked by 李明, who hosts the central household himself (so the host level is
/// skipped): its chain is 李明 → 山门村第一党小组 → 山门村 → 港口镇 → 宁国市. 户4 has no linking member.
/// </summary>
public sealed class ServiceRequestEditTests : EditingTests
{
    // Monday 9:00 UTC; the store's clock (dates of relationships) stays on TodayIso.
    private static readonly DateTimeOffset Monday = new(2025, 3, 17, 9, 0, 0, TimeSpan.Zero);

    private ServiceRequestEditor Requests { get; } = new();

    private async Task<GraphNode> RaiseAsync(IGraphStore store, string household = "hh:1", RequestCategory category = RequestCategory.Help) =>
        (await store.ExecuteWriteAsync(new("resident"), (tx, ct) => Requests.RaiseAsync(tx,
            new RaiseRequest(household, category, "路灯坏了，请修一下。", RequestChannel.App, Monday), "resident", null, ct), Ct)).Value!;

    private Task<WriteResult<GraphNode?>> ApplyAsync(IGraphStore store, string id, RequestAction action, DateTimeOffset now, string actor = "handler") =>
        store.ExecuteWriteAsync(new(actor), (tx, ct) => Requests.ApplyAsync(tx, id, action, now, actor, null, ct), Ct);

    private static async Task<string> AssigneeAsync(IGraphStore store, string id) =>
        (await store.GetAdjacentAsync([id], [RelTypes.AssignedTo], null, Ct)).Single(r => r.StartId == id).EndId;

    private static async Task<IReadOnlyList<string>> EventTypesAsync(IGraphStore store, string id)
    {
        var links = await store.GetAdjacentAsync([id], [RelTypes.HasEvent], null, Ct);
        var events = await store.GetNodesAsync(links.Select(r => r.EndId).ToList(), Ct);
        return events.OrderBy(e => e.Id, StringComparer.Ordinal).Select(e => e.GetString(Props.Type)!).ToList();
    }

    private static async Task<RequestState> StateAsync(IGraphStore store, string id) =>
        RequestProperties.ToState(await AssigneeAsync(store, id), (await store.GetNodesAsync([id], Ct)).Single().Properties);

    [Fact]
    public async Task ARaisedCaseGoesToTheMemberWhoLinksTheHousehold()
    {
        var store = await StoreAsync();

        var request = await RaiseAsync(store);

        Assert.Equal(Labels.ServiceRequest, request.Label);
        Assert.Equal("DISPATCHED", request.GetString(Props.Status));
        Assert.Equal("HELP", request.GetString(Props.Category));
        Assert.Equal(Li, await AssigneeAsync(store, request.Id));
        var raisedBy = (await store.GetAdjacentAsync([request.Id], [RelTypes.RaisedBy], null, Ct)).Single();
        Assert.Equal("hh:1", raisedBy.EndId);
        Assert.Equal(["RAISED", "DISPATCHED"], await EventTypesAsync(store, request.Id));
        Assert.Equal([request.Id], (await store.GetAncestorsAsync([$"{request.Id}/event-0002"], Ct)).Values.Single().Take(1));
        var state = await StateAsync(store, request.Id);
        Assert.Equal(Monday.AddMinutes(30), state.AcceptBy);
    }

    [Fact]
    public async Task AHouseholdWithoutALinkingMemberRaisesToItsPartyGroup()
    {
        var store = await StoreAsync();

        var request = await RaiseAsync(store, Household(4));

        Assert.Equal(DongcunGroup, await AssigneeAsync(store, request.Id));
    }

    [Fact]
    public async Task ACaseIsPlacedUnderItsHouseholdAndItsEventsUnderTheCase()
    {
        var store = await StoreAsync();

        var request = await RaiseAsync(store);

        Assert.Equal(["hh:1", ShanmenGroup1, Shanmen, Gangkou, City], (await store.GetAncestorsAsync([request.Id], Ct))[request.Id]);
        var underHousehold = await store.FindNodesAsync(
            new NodeQuery(new NodeCriteria { Under = "hh:1", Labels = [Labels.ServiceRequest] }, 10), Ct);
        Assert.Equal([request.Id], underHousehold.Items.Select(i => i.Node.Id));
        var eventsUnderVillage = await store.CountNodesAsync(new NodeCriteria { Under = Shanmen, Labels = [Labels.RequestEvent] }, Ct);
        Assert.Equal(2, eventsUnderVillage);
        Assert.Equal(0, await store.CountNodesAsync(new NodeCriteria { Under = Xialin, Labels = [Labels.ServiceRequest] }, Ct));
    }

    [Fact]
    public async Task EveryStepOfACaseReachesTheChangeFeedUnderItsHousehold()
    {
        var store = await StoreAsync();
        var before = await store.GetChangeLogInfoAsync(Ct);

        var request = await RaiseAsync(store);
        var accepted = await ApplyAsync(store, request.Id, new RequestAction.Accept(), Monday.AddMinutes(10), Li);

        var underHousehold = await store.ReadChangesAsync(new ChangeQuery(before.Latest, 100) { Under = "hh:1" }, Ct);
        Assert.Contains(underHousehold.Events, e => e.Type == ChangeType.NodeCreated && e.NodeId == request.Id);
        Assert.Equal(3, underHousehold.Events.Count(e => e.Type == ChangeType.NodeCreated && e.Label == Labels.RequestEvent));
        Assert.Contains(underHousehold.Events, e => e.Type == ChangeType.NodeUpdated && e.NodeId == request.Id
            && (string?)e.After![Props.Status] == "ACCEPTED");
        Assert.All(accepted.Events, e => Assert.Contains("hh:1", e.Scope));
        var elsewhere = await store.ReadChangesAsync(new ChangeQuery(before.Latest, 100) { Under = Xialin }, Ct);
        Assert.Empty(elsewhere.Events);
    }

    [Fact]
    public async Task ACaseWalksThroughEveryStatusToClosed()
    {
        var store = await StoreAsync();
        var request = await RaiseAsync(store);

        Assert.Equal(2, (await ApplyAsync(store, request.Id, new RequestAction.Accept(), Monday.AddMinutes(10), Li)).Value!.Version);
        await ApplyAsync(store, request.Id, new RequestAction.Start(), Monday.AddHours(1), Li);
        await ApplyAsync(store, request.Id, new RequestAction.RequestExtension(Monday.AddDays(30), "需要采购零件"), Monday.AddHours(2), ShanmenGroup1);
        await ApplyAsync(store, request.Id, new RequestAction.Resolve("已更换灯泡"), Monday.AddDays(1), Li);
        await ApplyAsync(store, request.Id, new RequestAction.Rate(RequestRating.Satisfied), Monday.AddDays(2), "resident");
        var closed = (await ApplyAsync(store, request.Id, new RequestAction.Close(), Monday.AddDays(3), ShanmenGroup1)).Value!;

        Assert.Equal("CLOSED", closed.GetString(Props.Status));
        var state = await StateAsync(store, request.Id);
        Assert.Equal((RequestStatus.Closed, 1, RequestRating.Satisfied, "已更换灯泡"), (state.Status, state.Extensions, state.Rating, state.ResolutionNote));
        Assert.Equal(Monday.AddDays(30), state.DueAt);
        Assert.Equal(["RAISED", "DISPATCHED", "ACCEPTED", "STARTED", "EXTENDED", "RESOLVED", "RATED", "CLOSED"], await EventTypesAsync(store, request.Id));
        Assert.Equal(Li, state.Assignee);
    }

    [Fact]
    public async Task ASendBackGoesOneLevelUpAndKeepsTheOldAssignmentAsHistory()
    {
        var store = await StoreAsync();
        var request = await RaiseAsync(store);

        var sent = await store.ExecuteWriteAsync(new(Li), (tx, ct) =>
            Requests.SendBackAsync(tx, request.Id, "不在本人职责范围", Monday.AddMinutes(5), Li, null, ct), Ct);

        Assert.Equal(ShanmenGroup1, await AssigneeAsync(store, request.Id));
        Assert.Equal("DISPATCHED", sent.Value!.GetString(Props.Status));
        Assert.Contains(sent.Events, e => e.Type == ChangeType.RelationshipDeleted && e.Relationship!.EndId == Li
            && (string?)e.After![Props.Until] == TodayIso);
        Assert.Equal(["RAISED", "DISPATCHED", "SENT_BACK", "DISPATCHED"], await EventTypesAsync(store, request.Id));
        var history = await store.GetAdjacentAsync([request.Id], [RelTypes.AssignedTo], DateOnly.Parse("2025-03-14"), Ct);
        Assert.Empty(history);
    }

    [Fact]
    public async Task AnOverdueCaseIsRemindedSupervisedThenEscalatedTwoLevelsUp()
    {
        var store = await StoreAsync();
        var request = await RaiseAsync(store);
        async Task<RequestEventType?> TickAsync(DateTimeOffset now) =>
            (await store.ExecuteWriteAsync(new("system"), (tx, ct) => Requests.EscalateDueAsync(tx, request.Id, now, ct), Ct)).Value;

        // Accept within 30 minutes, else: reminded, supervised two hours later, escalated two hours after that.
        Assert.Null(await TickAsync(Monday.AddMinutes(20)));
        Assert.Equal(RequestEventType.Reminded, await TickAsync(Monday.AddMinutes(31)));
        Assert.Null(await TickAsync(Monday.AddMinutes(60)));
        Assert.Equal(RequestEventType.Supervised, await TickAsync(Monday.AddMinutes(151)));
        Assert.Equal(RequestEventType.Escalated, await TickAsync(Monday.AddMinutes(271)));
        Assert.Equal(ShanmenGroup1, await AssigneeAsync(store, request.Id));

        // The group does not sign for it either: three more steps take it to the village.
        var escalatedAt = Monday.AddMinutes(271);
        Assert.Equal(RequestEventType.Reminded, await TickAsync(escalatedAt.AddMinutes(31)));
        Assert.Equal(RequestEventType.Supervised, await TickAsync(escalatedAt.AddMinutes(151)));
        Assert.Equal(RequestEventType.Escalated, await TickAsync(escalatedAt.AddMinutes(271)));

        Assert.Equal(Shanmen, await AssigneeAsync(store, request.Id));
        var state = await StateAsync(store, request.Id);
        Assert.Equal((RequestStatus.Dispatched, 0), (state.Status, state.OverdueSteps));
        Assert.Equal(escalatedAt.AddMinutes(271 + 30), state.AcceptBy);
        var types = await EventTypesAsync(store, request.Id);
        Assert.Equal(2, types.Count(t => t == "ESCALATED"));
    }

    [Fact]
    public async Task AnUnsatisfiedRatingReopensTheCaseWithTheSameHandler()
    {
        var store = await StoreAsync();
        var request = await RaiseAsync(store);
        await ApplyAsync(store, request.Id, new RequestAction.Accept(), Monday.AddMinutes(10), Li);
        await ApplyAsync(store, request.Id, new RequestAction.Resolve("已处理"), Monday.AddDays(1), Li);

        var reopened = (await ApplyAsync(store, request.Id, new RequestAction.Rate(RequestRating.Unsatisfied, Monday.AddDays(10)), Monday.AddDays(2), "resident")).Value!;

        Assert.Equal("IN_PROGRESS", reopened.GetString(Props.Status));
        Assert.False(reopened.Properties.ContainsKey(Props.ResolvedAt));
        Assert.Equal(Li, await AssigneeAsync(store, request.Id));
        Assert.Equal(["RATED", "REOPENED"], (await EventTypesAsync(store, request.Id)).TakeLast(2));
    }

    [Fact]
    public async Task AnIllegalTransitionIsRefusedAndChangesNothing()
    {
        var store = await StoreAsync();
        var request = await RaiseAsync(store);

        await AssertRefusedAsync(store, RuleCodes.IllegalTransition, "request", (_, tx, ct) =>
            Requests.ApplyAsync(tx, request.Id, new RequestAction.Resolve("太早了"), Monday.AddMinutes(5), Li, null, ct));
    }

    [Fact]
    public async Task OnlyACaseCanBeActedOnAndOnlyAHouseholdRaisesOne()
    {
        var store = await StoreAsync();

        await AssertRefusedAsync(store, RuleCodes.WrongLabel, "request", (_, tx, ct) =>
            Requests.ApplyAsync(tx, "hh:1", new RequestAction.Accept(), Monday, Li, null, ct));
        await AssertRefusedAsync(store, RuleCodes.NodeNotFound, "household", (_, tx, ct) =>
            Requests.RaiseAsync(tx, new RaiseRequest("hh:404", RequestCategory.Help, "x", RequestChannel.App, Monday), "resident", null, ct));
        await AssertRefusedAsync(store, RuleCodes.WrongLabel, "household", (_, tx, ct) =>
            Requests.RaiseAsync(tx, new RaiseRequest(Li, RequestCategory.Help, "x", RequestChannel.App, Monday), "resident", null, ct));
    }

    [Fact]
    public async Task ASendBackFromTheCityIsRefusedForWantOfAHandler()
    {
        var store = await StoreAsync();
        var request = await RaiseAsync(store, Household(6));
        Assert.Equal(City, await AssigneeAsync(store, request.Id));

        await AssertRefusedAsync(store, RuleCodes.NoHandler, "request", (_, tx, ct) =>
            Requests.SendBackAsync(tx, request.Id, "不归我管", Monday.AddMinutes(5), City, null, ct));
    }

    [Fact]
    public async Task ARepeatedRaiseWithTheSameKeyCreatesOneCase()
    {
        var store = await StoreAsync();
        var command = new RaiseRequest("hh:2", RequestCategory.Enquiry, "低保怎么申请？", RequestChannel.Phone, Monday);
        var key = IdempotencyKey.For("resident", "raiseRequest", "raise-1");

        var first = await store.ExecuteWriteAsync(new("resident"), (tx, ct) => Requests.RaiseAsync(tx, command, "resident", key, ct), Ct);
        var again = await store.ExecuteWriteAsync(new("resident"), (tx, ct) => Requests.RaiseAsync(tx, command, "resident", key, ct), Ct);

        Assert.Equal(first.Value!.Id, again.Value!.Id);
        Assert.Empty(again.Events);
        Assert.Equal(1, await store.CountNodesAsync(NodeCriteria.OfLabel(Labels.ServiceRequest), Ct));
    }

    [Fact]
    public async Task TheGenericEditsLeaveCasesToTheCaseOperations()
    {
        var store = await StoreAsync();
        var request = await RaiseAsync(store);

        await AssertRefusedAsync(store, RuleCodes.NotAllowed, "label", (e, tx, ct) => e.CreateNodeAsync(tx,
            new CreateNode(Labels.ServiceRequest, null, Values((Props.Category, "HELP")), null), null, ct));
        await AssertRefusedAsync(store, RuleCodes.NotAllowed, "id", (e, tx, ct) => e.UpdateNodeAsync(tx,
            new UpdateNode(Labels.ServiceRequest, request.Id, 1, Values((Props.Status, "CLOSED"))), null, ct));
        await AssertRefusedAsync(store, RuleCodes.NotAllowed, "type", (e, tx, ct) => e.LinkAsync(tx,
            new Link(RelTypes.AssignedTo, request.Id, Wang, Values()), null, ct));
    }
}
