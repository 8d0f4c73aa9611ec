using GovGraph.Api.Tests.Changes;
using GovGraph.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;
using GovGraph.Domain.Model;
using GovGraph.Domain.ServiceRequests;
using GovGraph.Storage;
using static GovGraph.Api.Tests.Changes.SmallCounty;

namespace GovGraph.Api.Tests.ServiceRequests;

/// <summary>
/// The escalation service over the <see cref="CaseCounty"/>: overdue cases are reminded (催办), supervised (督办) and
/// escalated (提级) up the household's chain purely by the clock moving on. Passes are run one at a time at the fake
/// clock's now, except in the last test, which lets the hosted service run on it.
/// </summary>
public sealed class RequestEscalationServiceTests
{
    private static readonly TimeSpan Step = RequestTimeLimits.Default.OverdueStepInterval;

    private static readonly TimeSpan AcceptWithin = RequestTimeLimits.Default.AcceptWithin;

    [Fact]
    public async Task AnUnsignedCaseIsRemindedSupervisedAndEscalatedUpTwoLevelsByTheClockAlone()
    {
        using var api = await CaseApi.StartAsync();
        var request = await api.RaiseAsync(Household(2));
        Assert.Equal(CaseCounty.Zhou, await api.AssigneeAsync(request));

        Assert.Equal((0, 0), Counts(await api.EscalateAfterAsync(AcceptWithin)));
        Assert.Equal((1, 1), Counts(await api.EscalateAfterAsync(TimeSpan.FromMinutes(1))));
        Assert.Equal((1, 0), Counts(await api.EscalateAsync()));
        Assert.Equal((1, 0), Counts(await api.EscalateAfterAsync(Step - TimeSpan.FromMinutes(1))));
        Assert.Equal((1, 1), Counts(await api.EscalateAfterAsync(TimeSpan.FromMinutes(1))));
        var escalatedAt = api.Now + Step;
        Assert.Equal((1, 1), Counts(await api.EscalateAfterAsync(Step)));

        // First level: 周伟 (linking member) → 李明 (the central household's host), waiting to be signed for again.
        Assert.Equal(Li, await api.AssigneeAsync(request));
        var afterFirst = await api.CaseAsync(request);
        Assert.Equal("DISPATCHED", afterFirst.GetString(Props.Status));
        Assert.Equal(escalatedAt + AcceptWithin, DateTimeOffset.Parse(afterFirst.GetString(Props.AcceptBy)!, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal((1, 1), Counts(await api.EscalateAfterAsync(AcceptWithin + TimeSpan.FromMinutes(1))));
        Assert.Equal((1, 1), Counts(await api.EscalateAfterAsync(Step)));
        Assert.Equal((1, 1), Counts(await api.EscalateAfterAsync(Step)));

        // Second level: 李明 → 山门村第一党小组.
        Assert.Equal(ShanmenGroup1, await api.AssigneeAsync(request));
        Assert.Equal(
            ["RAISED", "DISPATCHED", "REMINDED", "SUPERVISED", "ESCALATED", "DISPATCHED", "REMINDED", "SUPERVISED", "ESCALATED", "DISPATCHED"],
            await api.EventTypesAsync(request));
        var events = await api.EventsAsync(request);
        Assert.All(events.Skip(2), e => Assert.Equal(RequestWorkflow.SystemActor, e.GetString(Props.Actor)));
        var escalations = events.Where(e => e.GetString(Props.Type) == "ESCALATED").ToList();
        Assert.Equal([CaseCounty.Zhou, Li], escalations.Select(e => e.GetString(Props.FromAssignee)));
        Assert.Equal([Li, ShanmenGroup1], escalations.Select(e => e.GetString(Props.ToAssignee)));
        Assert.Equal([CaseCounty.Zhou, CaseCounty.Zhou, Li, Li],
            events.Where(e => e.GetString(Props.Type) is "REMINDED" or "SUPERVISED").Select(e => e.GetString(Props.ToAssignee)));

        // The history keeps every handler: the two before ended, the party group current.
        var assignments = await api.AssignmentsAsync(request);
        Assert.Equal([CaseCounty.Zhou, Li, ShanmenGroup1], assignments.Select(a => a.EndId).OrderBy(Rank));
        Assert.Equal(ShanmenGroup1, Assert.Single(assignments, a => !a.Properties.ContainsKey(Props.Until)).EndId);
        Assert.All(assignments.Where(a => a.EndId != ShanmenGroup1), a => Assert.NotNull(a.Properties[Props.Until]));
    }

    [Fact]
    public async Task ASecondPassAtTheSameInstantFindsNothingDue()
    {
        using var api = await CaseApi.StartAsync();
        var request = await api.RaiseAsync(Household(2));
        await api.EscalateAfterAsync(AcceptWithin + TimeSpan.FromMinutes(1));
        var cursor = (await api.Store.GetChangeLogInfoAsync(CancellationToken.None)).Latest;

        // What a second instance running the service at the same time sees.
        Assert.Equal((1, 0), Counts(await api.EscalateAsync()));

        Assert.Equal(["RAISED", "DISPATCHED", "REMINDED"], await api.EventTypesAsync(request));
        Assert.Equal(cursor, (await api.Store.GetChangeLogInfoAsync(CancellationToken.None)).Latest);
    }

    [Fact]
    public async Task ASentBackCaseEscalatesFromWhereTheSendBackPutIt()
    {
        using var api = await CaseApi.StartAsync();
        var request = await api.RaiseAsync(Household(2));
        api.Clock.Advance(TimeSpan.FromMinutes(10));
        await api.SendBackAsync(request, "不在村里，请上级处理。", actor: "周伟");
        Assert.Equal(Li, await api.AssigneeAsync(request));

        // The send-back gave 李明 a fresh half hour: the original deadline passing changes nothing.
        Assert.Equal((0, 0), Counts(await api.EscalateAfterAsync(TimeSpan.FromMinutes(25))));
        Assert.Equal((1, 1), Counts(await api.EscalateAfterAsync(TimeSpan.FromMinutes(6))));
        await api.EscalateAfterAsync(Step);
        await api.EscalateAfterAsync(Step);

        Assert.Equal(ShanmenGroup1, await api.AssigneeAsync(request));
        Assert.Equal(
            ["RAISED", "DISPATCHED", "SENT_BACK", "DISPATCHED", "REMINDED", "SUPERVISED", "ESCALATED", "DISPATCHED"],
            await api.EventTypesAsync(request));
        var events = await api.EventsAsync(request);
        Assert.Equal("周伟", events[2].GetString(Props.Actor));
        Assert.Equal(RequestWorkflow.SystemActor, events[6].GetString(Props.Actor));
        Assert.Equal(3, (await api.AssignmentsAsync(request)).Count);
    }

    [Fact]
    public async Task ACaseAtTheTopOfTheChainIsSupervisedAgainInsteadOfClimbing()
    {
        using var api = await CaseApi.StartAsync();
        var request = await api.RaiseAsync(Household(4));
        Assert.Equal(XicunGroup, await api.AssigneeAsync(request));
        foreach (var _ in Enumerable.Range(0, 3))
        {
            await api.SendBackAsync(request, "请上级协调。");
        }

        Assert.Equal(City, await api.AssigneeAsync(request));

        await api.EscalateAfterAsync(AcceptWithin + TimeSpan.FromMinutes(1));
        await api.EscalateAfterAsync(Step);
        Assert.Equal((1, 1), Counts(await api.EscalateAfterAsync(Step)));
        Assert.Equal((1, 1), Counts(await api.EscalateAfterAsync(Step)));

        Assert.Equal(City, await api.AssigneeAsync(request));
        var types = await api.EventTypesAsync(request);
        Assert.Equal(["REMINDED", "SUPERVISED", "SUPERVISED", "SUPERVISED"], types.Skip(8));
        Assert.DoesNotContain("ESCALATED", types);
        Assert.Equal("DISPATCHED", (await api.CaseAsync(request)).GetString(Props.Status));
    }

    [Fact]
    public async Task AnAcceptedCaseEscalatesWhenItsDueTimePassesNotItsAcceptanceLimit()
    {
        using var api = await CaseApi.StartAsync();
        var raisedAt = api.Now;
        var request = await api.RaiseAsync(Household(1), RequestCategory.Enquiry);
        api.Clock.Advance(TimeSpan.FromMinutes(5));
        await api.ApplyAsync(request, new RequestAction.Accept(), actor: "李明");
        var dueAt = api.Limits.DueAt(RequestCategory.Enquiry, raisedAt);

        Assert.Equal((0, 0), Counts(await api.EscalateAfterAsync(TimeSpan.FromHours(1))));
        api.Clock.SetUtcNow(dueAt);
        Assert.Equal((0, 0), Counts(await api.EscalateAsync()));
        Assert.Equal((1, 1), Counts(await api.EscalateAfterAsync(TimeSpan.FromSeconds(1))));
        await api.EscalateAfterAsync(Step);
        await api.EscalateAfterAsync(Step);

        // 李明 links hh:1 and hosts the central household himself, so the next level is the party group.
        Assert.Equal(ShanmenGroup1, await api.AssigneeAsync(request));
        Assert.Equal(["RAISED", "DISPATCHED", "ACCEPTED", "REMINDED", "SUPERVISED", "ESCALATED", "DISPATCHED"], await api.EventTypesAsync(request));
        var escalated = await api.CaseAsync(request);
        Assert.Equal("DISPATCHED", escalated.GetString(Props.Status));
        Assert.NotNull(escalated.GetString(Props.AcceptedAt));
    }

    [Fact]
    public async Task NothingHappensBeforeTheDeadlineNorToCasesNoLongerOpen()
    {
        using var api = await CaseApi.StartAsync();
        var waiting = await api.RaiseAsync(Household(2));
        var resolved = await api.RaiseAsync(Household(3));
        await api.ApplyAsync(resolved, new RequestAction.Accept());
        await api.ApplyAsync(resolved, new RequestAction.Start());
        await api.ApplyAsync(resolved, new RequestAction.Resolve("已修好。"));

        Assert.Equal((0, 0), Counts(await api.EscalateAfterAsync(AcceptWithin - TimeSpan.FromMinutes(1))));
        Assert.Equal(["RAISED", "DISPATCHED"], await api.EventTypesAsync(waiting));

        api.Clock.Advance(TimeSpan.FromDays(30));
        Assert.Equal((1, 1), Counts(await api.EscalateAsync()));
        Assert.Equal(["RAISED", "DISPATCHED", "ACCEPTED", "STARTED", "RESOLVED"], await api.EventTypesAsync(resolved));
    }

    [Fact]
    public async Task ACaseThatCannotBeEscalatedIsCountedAndTheOthersStillAre()
    {
        using var api = await CaseApi.StartAsync();
        var good = await api.RaiseAsync(Household(2));

        // A case node the workflow cannot read (no createdAt or dueAt), as a bad import might leave one.
        var batch = new GraphWriteBatch();
        batch.CreateNodes.Add(new GraphNode("req:broken", Labels.ServiceRequest, new Dictionary<string, object?>
        {
            [Props.Status] = "DISPATCHED",
            [Props.AcceptBy] = "2000-01-01T00:00:00.0000000Z",
        }));
        batch.CreateRelationships.Add(new GraphRelationship("r:broken-raised", RelTypes.RaisedBy, "req:broken", Household(3), new Dictionary<string, object?>()));
        batch.CreateRelationships.Add(new GraphRelationship("r:broken-assigned", RelTypes.AssignedTo, "req:broken", Chen, new Dictionary<string, object?>()));
        await api.Store.WriteAsync(batch, CancellationToken.None);

        var pass = await api.EscalateAfterAsync(AcceptWithin + TimeSpan.FromMinutes(1));

        Assert.Equal(new { Overdue = 2, Stepped = 1, Failed = 1 }, new { pass.Overdue, pass.Stepped, pass.Failed });
        Assert.Equal(["RAISED", "DISPATCHED", "REMINDED"], await api.EventTypesAsync(good));
    }

    [Fact]
    public async Task TheHostedServiceRemindsAnOverdueCaseWhenTheClockMovesOn()
    {
        using var api = await CaseApi.StartAsync(escalationService: true);
        var request = await api.RaiseAsync(Household(2));
        var raisedAt = api.Now;

        api.Clock.Advance(AcceptWithin + TimeSpan.FromMinutes(1));

        // The service waits on the fake clock: each minute the clock moves is one pass. Moving it a minute at a time
        // (far less than the two hours to the next step) covers a service that had not yet started its timer.
        var limit = DateTime.UtcNow + FeedReading.Guard;
        while (!(await api.EventTypesAsync(request)).Contains("REMINDED"))
        {
            Assert.True(DateTime.UtcNow < limit, "The service never reminded the overdue case.");
            await Task.Delay(50);
            api.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        var reminder = (await api.EventsAsync(request))[2];
        Assert.Equal("REMINDED", reminder.GetString(Props.Type));
        Assert.Equal(RequestWorkflow.SystemActor, reminder.GetString(Props.Actor));
        Assert.True(api.Now - raisedAt < Step, "Only the reminder can have been due.");
        Assert.Equal(["RAISED", "DISPATCHED", "REMINDED"], await api.EventTypesAsync(request));
    }

    [Theory]
    [InlineData("00:00:00")]
    [InlineData("2.00:00:00")]
    public void AnEscalationIntervalOutsideItsRangeFailsTheStart(string interval)
    {
        using var factory = new GovGraphFactory("none");
        using var misconfigured = factory.WithWebHostBuilder(b => b.UseSetting("ServiceRequests:Escalation:Interval", interval));

        var error = Assert.Throws<OptionsValidationException>(() => misconfigured.CreateClient());

        Assert.Contains("Interval", error.Message, StringComparison.Ordinal);
    }

    private static (int Overdue, int Stepped) Counts(GovGraph.Api.ServiceRequests.Escalation.EscalationPass pass)
    {
        Assert.Equal(0, pass.Failed);
        return (pass.Overdue, pass.Stepped);
    }

    // The handlers in the order the case climbed (relationship ids carry no order).
    private static int Rank(string assignee) => assignee switch
    {
        CaseCounty.Zhou => 0,
        Li => 1,
        _ => 2,
    };
}
