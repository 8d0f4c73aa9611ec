using System.Text.Json.Nodes;
using GovGraph.Api.Tests.Changes;
using GovGraph.Api.Tests.Infrastructure;
using GovGraph.Domain.ServiceRequests;
using static GovGraph.Api.Tests.Changes.SmallCounty;

namespace GovGraph.Api.Tests.ServiceRequests;

/// <summary>
/// Cases walked through the mutations on the small county with a fake clock: every status, a reopening, the
/// send-backs up hh:1's chain (李明 → 山门村第一党小组 → 山门村 → 港口镇 → 宁国市委; 李明 hosts his own central
/// household, so that level is skipped) and closing without a rating. Times are checked against the clock.
/// </summary>
public sealed class RequestLifecycleTests(CaseFactory api) : IClassFixture<CaseFactory>
{
    private static readonly RequestTimeLimits Limits = RequestTimeLimits.Default;

    private HttpClient Clerk
    {
        get
        {
            var client = api.CreateClient();
            client.DefaultRequestHeaders.Add("X-GovGraph-Actor", "clerk");
            return client;
        }
    }

    [Fact]
    public async Task ARequestWalksThroughEveryStatusWithItsTimesEventsAndChanges()
    {
        var client = Clerk;
        var raisedAt = api.Clock.GetUtcNow();

        var cursor = await api.LatestCursorAsync();
        var raised = (await client.RaiseAsync(Household(1), "HELP", "院门口路灯坏了三天")).AssertAccepted()["serviceRequest"]!;
        var id = raised.Text("id");
        Assert.Equal(("DISPATCHED", "HELP", "PHONE", Li, Household(1)),
            (raised.Text("status"), raised.Text("category"), raised.Text("channel"), raised["assignee"]!.Text("id"), raised["household"]!.Text("id")));
        Assert.Equal(raisedAt, raised.Instant("createdAt"));
        Assert.Equal(raisedAt.AddMinutes(30), raised.Instant("acceptBy"));
        Assert.Equal(Limits.DueAt(RequestCategory.Help, raisedAt), raised.Instant("dueAt"));

        // Monday 09:00 China time plus ten working days is the Monday two weeks on, same time.
        Assert.Equal(new DateTimeOffset(2026, 11, 16, 9, 0, 0, TimeSpan.FromHours(8)), Limits.DueAt(RequestCategory.Help, CaseFactory.Start));
        Assert.Equal(["RAISED", "DISPATCHED"], raised.EventTypes());
        Assert.Equal(Li, raised["events"]!["nodes"]![1]!["toAssignee"]!.Text("id"));
        await AssertChangesAsync(cursor, id, created: true, ["RAISED_BY", "ASSIGNED_TO", "HAS_EVENT", "HAS_EVENT"]);

        api.Clock.Advance(TimeSpan.FromMinutes(10));
        var acceptedAt = api.Clock.GetUtcNow();
        cursor = await api.LatestCursorAsync();
        var accepted = await client.ActedAsync("acceptRequest", id);
        Assert.Equal(("ACCEPTED", Li), (accepted.Text("status"), accepted["assignee"]!.Text("id")));
        Assert.Equal(acceptedAt, accepted.Instant("acceptedAt"));
        await AssertChangesAsync(cursor, id, created: false, ["HAS_EVENT"]);

        api.Clock.Advance(TimeSpan.FromHours(1));
        var startedAt = api.Clock.GetUtcNow();
        cursor = await api.LatestCursorAsync();
        var started = await client.ActedAsync("startRequest", id);
        Assert.Equal("IN_PROGRESS", started.Text("status"));
        Assert.Equal(startedAt, started.Instant("startedAt"));
        await AssertChangesAsync(cursor, id, created: false, ["HAS_EVENT"]);

        api.Clock.Advance(TimeSpan.FromDays(1));
        cursor = await api.LatestCursorAsync();
        var extended = await client.ActedAsync("requestExtension", id, """reason: "需协调供电所" """);
        Assert.Equal(1, extended["extensions"]!.GetValue<int>());
        Assert.Equal(Limits.ExtendedDueAt(RequestCategory.Help, raised.Instant("dueAt")), extended.Instant("dueAt"));
        Assert.Equal("IN_PROGRESS", extended.Text("status"));
        await AssertChangesAsync(cursor, id, created: false, ["HAS_EVENT"]);

        api.Clock.Advance(TimeSpan.FromDays(1));
        var resolvedAt = api.Clock.GetUtcNow();
        cursor = await api.LatestCursorAsync();
        var resolved = await client.ActedAsync("resolveRequest", id, """note: "已更换灯泡" """);
        Assert.Equal(("RESOLVED", "已更换灯泡"), (resolved.Text("status"), resolved.Text("resolutionNote")));
        Assert.Equal(resolvedAt, resolved.Instant("resolvedAt"));
        await AssertChangesAsync(cursor, id, created: false, ["HAS_EVENT"]);

        api.Clock.Advance(TimeSpan.FromHours(3));
        cursor = await api.LatestCursorAsync();
        var rated = await client.ActedAsync("rateRequest", id, "rating: SATISFIED");
        Assert.Equal(("RATED", "SATISFIED"), (rated.Text("status"), rated.Text("rating")));
        await AssertChangesAsync(cursor, id, created: false, ["HAS_EVENT"]);

        api.Clock.Advance(TimeSpan.FromHours(1));
        var closedAt = api.Clock.GetUtcNow();
        cursor = await api.LatestCursorAsync();
        var closed = await client.ActedAsync("closeRequest", id);
        Assert.Equal("CLOSED", closed.Text("status"));
        Assert.Equal(closedAt, closed.Instant("closedAt"));
        await AssertChangesAsync(cursor, id, created: false, ["HAS_EVENT"]);

        var read = await client.ReadAsync(id);
        Assert.Equal(["RAISED", "DISPATCHED", "ACCEPTED", "STARTED", "EXTENDED", "RESOLVED", "RATED", "CLOSED"], read.EventTypes());
        var events = read["events"]!["nodes"]!.AsArray();
        Assert.All(events, e => Assert.Equal("clerk", e!.Text("actor")));
        Assert.Equal(
            [raisedAt, raisedAt, acceptedAt, startedAt, startedAt.AddDays(1), resolvedAt, resolvedAt.AddHours(3), closedAt],
            events.Select(e => e!.Instant("at")));
        Assert.Equal(["需协调供电所", "已更换灯泡", "SATISFIED"], events.Select(e => e!["note"]?.GetValue<string>()).OfType<string>());
        Assert.Equal(7, read["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task AnUnsatisfiedRatingReopensTheRequestUntilItIsResolvedAndRatedAgain()
    {
        var client = Clerk;
        var id = await client.RaisedAsync(Household(1), "ENQUIRY");
        await client.ActedAsync("acceptRequest", id);
        await client.ActedAsync("resolveRequest", id, """note: "已电话答复" """);

        api.Clock.Advance(TimeSpan.FromHours(2));
        var reopenedAt = api.Clock.GetUtcNow();
        var reopened = await client.ActedAsync("rateRequest", id, "rating: UNSATISFIED");

        Assert.Equal(("IN_PROGRESS", "UNSATISFIED", Li), (reopened.Text("status"), reopened.Text("rating"), reopened["assignee"]!.Text("id")));
        Assert.Equal(Limits.DueAt(RequestCategory.Enquiry, reopenedAt), reopened.Instant("dueAt"));
        Assert.Null(reopened["resolvedAt"]);
        Assert.Null(reopened["resolutionNote"]);
        Assert.Equal(["RAISED", "DISPATCHED", "ACCEPTED", "RESOLVED", "RATED", "REOPENED"], reopened.EventTypes());

        var resolvedAgain = await client.ActedAsync("resolveRequest", id, """note: "上门解释政策" """);
        Assert.Equal(("RESOLVED", "UNSATISFIED"), (resolvedAgain.Text("status"), resolvedAgain.Text("rating")));
        var rated = await client.ActedAsync("rateRequest", id, "rating: BASICALLY_SATISFIED");

        Assert.Equal(("RATED", "BASICALLY_SATISFIED"), (rated.Text("status"), rated.Text("rating")));
        Assert.Equal(["RAISED", "DISPATCHED", "ACCEPTED", "RESOLVED", "RATED", "REOPENED", "RESOLVED", "RATED"], rated.EventTypes());
    }

    [Fact]
    public async Task AnUnsatisfiedRatingTakesTheReopenedDueTimeTheCallerGives()
    {
        var client = Clerk;
        var id = await client.RaisedAsync(Household(2), "DISPUTE");
        await client.ActedAsync("acceptRequest", id);
        await client.ActedAsync("resolveRequest", id, """note: "已调解" """);
        var dueAt = api.Clock.GetUtcNow().AddDays(5);

        var reopened = await client.ActedAsync("rateRequest", id, $"rating: UNSATISFIED, dueAt: {Cases.Literal(dueAt)}");

        Assert.Equal(dueAt, reopened.Instant("dueAt"));
    }

    [Fact]
    public async Task ASendBackMovesTheRequestOneLevelUpUntilNobodyIsAbove()
    {
        var client = Clerk;
        var id = await client.RaisedAsync(Household(1), "COMPLAINT");
        await client.ActedAsync("acceptRequest", id);

        string[] chain = [ShanmenGroup1, Shanmen, Gangkou, City];
        var from = Li;
        foreach (var level in chain)
        {
            api.Clock.Advance(TimeSpan.FromMinutes(20));
            var now = api.Clock.GetUtcNow();
            var sent = await client.ActedAsync("sendBackRequest", id, """reason: "不属本级职责" """);

            Assert.Equal(("DISPATCHED", level), (sent.Text("status"), sent["assignee"]!.Text("id")));
            Assert.Equal(now.AddMinutes(30), sent.Instant("acceptBy"));
            Assert.Equal(Limits.DueAt(RequestCategory.Complaint, now), sent.Instant("dueAt"));
            var events = sent["events"]!["nodes"]!.AsArray();
            var (sentBack, dispatched) = (events[^2]!, events[^1]!);
            Assert.Equal(("SENT_BACK", "不属本级职责", from, level), (sentBack.Text("type"), sentBack.Text("note"), sentBack["fromAssignee"]!.Text("id"), sentBack["toAssignee"]!.Text("id")));
            Assert.Equal(("DISPATCHED", from, level), (dispatched.Text("type"), dispatched["fromAssignee"]!.Text("id"), dispatched["toAssignee"]!.Text("id")));
            from = level;
        }

        var cursor = await api.LatestCursorAsync();
        var atTheTop = await client.ActAsync("sendBackRequest", id, """reason: "不属本级职责" """);

        atTheTop.AssertRefused("NO_HANDLER", "request");
        Assert.Null(atTheTop["serviceRequest"]);
        Assert.Equal(cursor, await api.LatestCursorAsync());
        Assert.Equal(City, (await client.ReadAsync(id))["assignee"]!.Text("id"));
    }

    [Fact]
    public async Task AResolvedRequestWithoutARatingClosesOnlyOnceItsWaitHasPassed()
    {
        var client = Clerk;
        var id = await client.RaisedAsync(Household(3), "OTHER");
        await client.ActedAsync("acceptRequest", id);
        var resolved = await client.ActedAsync("resolveRequest", id, """note: "已处理" """);

        api.Clock.Advance(TimeSpan.FromDays(Limits.CloseWithoutRatingAfterDays) - TimeSpan.FromMinutes(1));
        var early = await client.ActAsync("closeRequest", id);

        early.AssertRefused("ILLEGAL_TRANSITION", "request");
        Assert.Equal(resolved["version"]!.GetValue<int>(), (await client.ReadAsync(id))["version"]!.GetValue<int>());

        api.Clock.Advance(TimeSpan.FromMinutes(1));
        var closed = await client.ActedAsync("closeRequest", id);

        Assert.Equal(("CLOSED", "CLOSED"), (closed.Text("status"), closed.EventTypes()[^1]));
        Assert.Null(closed["rating"]);
        Assert.Equal(resolved.Instant("resolvedAt").AddDays(Limits.CloseWithoutRatingAfterDays), closed.Instant("closedAt"));
    }

    /// <summary>
    /// The change log after <paramref name="cursor"/> holds exactly the step's writes: the case created or updated,
    /// one RequestEvent node created per new event, and these relationships created.
    /// </summary>
    private async Task AssertChangesAsync(long cursor, string requestId, bool created, IReadOnlyList<string> relationships)
    {
        var response = await api.CreateClient().PostAsync(
            "query ($a: String) { changes(after: $a, first: 500) { nodes { type nodeId label relationship { type startId } } } }",
            new { a = cursor.ToString("D16", System.Globalization.CultureInfo.InvariantCulture) });
        var changes = response.AssertNoErrors().Data["changes"]!["nodes"]!.AsArray().Select(c => c!).ToList();

        var requestChange = Assert.Single(changes, c => c["nodeId"]?.GetValue<string>() == requestId);
        Assert.Equal(created ? "NODE_CREATED" : "NODE_UPDATED", requestChange.Text("type"));
        var eventNodes = changes.Where(c => c["label"]?.GetValue<string>() == "RequestEvent").ToList();
        Assert.Equal(relationships.Count(r => r == "HAS_EVENT"), eventNodes.Count);
        Assert.All(eventNodes, e => Assert.Equal("NODE_CREATED", e.Text("type")));
        Assert.All(eventNodes, e => Assert.StartsWith(requestId + "/event-", e.Text("nodeId")));
        Assert.Equal(relationships.Order(), changes.Where(c => c["relationship"] is JsonObject).Select(c => c["relationship"]!.Text("type")).Order());
        Assert.All(changes.Where(c => c["relationship"] is JsonObject), c => Assert.Equal(requestId, c["relationship"]!.Text("startId")));
    }
}
