using System.Text.Json.Nodes;
using GovGraph.Api.Changes.Feed;
using GovGraph.Api.Tests.Changes;
using GovGraph.Api.Tests.Infrastructure;
using GovGraph.Api.Tests.Transport;
using GovGraph.Domain.Changes;
using GovGraph.Domain.Model;
using GovGraph.Domain.ServiceRequests;
using GovGraph.Storage.Changes;
using Microsoft.Extensions.DependencyInjection;
using static GovGraph.Api.Tests.Changes.SmallCounty;

namespace GovGraph.Api.Tests.ServiceRequests;

/// <summary>
/// Third-party apps follow cases through the <c>changes</c> subscription (graphql-transport-ws): a case raised in
/// 山门村 and escalated by the service reaches subscribers under or scoped to that village, every node and
/// relationship event in cursor order, and nobody scoped elsewhere.
/// </summary>
public sealed class RequestChangeFeedTests
{
    private const string Feed = """
        subscription($under: ID) {
          changes(under: $under) { cursor type nodeId label relationship { type startId endId } actor }
        }
        """;

    private static readonly TimeSpan Step = RequestTimeLimits.Default.OverdueStepInterval;

    [Fact]
    public async Task ARaisedAndEscalatedCaseArrivesUnderItsVillageAndNowhereElse()
    {
        using var api = await CaseApi.StartAsync();
        await using var under = await SubscribeAsync(api, Tokens.Create("admin"), new { under = Shanmen });
        await using var scoped = await SubscribeAsync(api, Tokens.Create("viewer", scope: Shanmen), new { });
        await using var elsewhere = await SubscribeAsync(api, Tokens.Create("viewer", scope: Xicun), new { });
        var hub = api.Services.GetRequiredService<ChangeHub>();
        await FeedReading.UntilAsync(() => hub.SubscriberCount == 3);
        var start = await LatestAsync(api);

        var request = await api.RaiseAsync(Household(2));
        await api.EscalateAfterAsync(RequestTimeLimits.Default.AcceptWithin + TimeSpan.FromMinutes(1));
        await api.EscalateAfterAsync(Step);
        await api.EscalateAfterAsync(Step);
        Assert.Equal(Li, await api.AssigneeAsync(request));
        var marker = await LatestAsync(api);

        // Then a case in 西村村: the one thing the subscriber scoped there may see.
        var other = await api.RaiseAsync(Household(4));

        var log = (await api.Store.ReadChangesAsync(new ChangeQuery(start, 500), CancellationToken.None)).Events;
        var caseEvents = log.Where(e => e.Cursor <= marker).ToList();
        var otherEvents = log.Where(e => e.Cursor > marker).ToList();

        // Every step of the case: the case node, its event nodes, and RAISED_BY, ASSIGNED_TO (the first, then ended
        // then ended (a RELATIONSHIP_DELETED keeping it as history) and the next created on escalation) and HAS_EVENT.
        Assert.Contains(caseEvents, e => e.Type == ChangeType.NodeCreated && e.NodeId == request);
        Assert.Contains(caseEvents, e => e.Type == ChangeType.NodeUpdated && e.NodeId == request);
        Assert.Equal(6, caseEvents.Count(e => e.Type == ChangeType.NodeCreated && e.Label == Labels.RequestEvent));
        Assert.Single(caseEvents, e => e.Relationship?.Type == RelTypes.RaisedBy);
        Assert.Equal(6, caseEvents.Count(e => e.Relationship?.Type == RelTypes.HasEvent));
        Assert.Contains(caseEvents, e => e.Type == ChangeType.RelationshipCreated && e.Relationship is { Type: RelTypes.AssignedTo, EndId: CaseCounty.Zhou });
        Assert.Contains(caseEvents, e => e.Type == ChangeType.RelationshipDeleted && e.Relationship is { Type: RelTypes.AssignedTo, EndId: CaseCounty.Zhou });
        Assert.Contains(caseEvents, e => e.Type == ChangeType.RelationshipCreated && e.Relationship is { Type: RelTypes.AssignedTo, EndId: Li });
        Assert.All(caseEvents.Where(e => e.Cursor > caseEvents.First(c => c.Actor == RequestWorkflow.SystemActor).Cursor),
            e => Assert.Equal(RequestWorkflow.SystemActor, e.Actor));

        foreach (var client in new[] { under, scoped })
        {
            var received = await TakeAsync(client, caseEvents.Count);
            Assert.Equal(caseEvents.Select(Shape), received.Select(Shape));
        }

        // The first thing the 西村村 subscriber gets is the 西村村 case: none of the 山门村 case's events came before it.
        var first = await TakeAsync(elsewhere, otherEvents.Count);
        Assert.Equal(otherEvents.Select(Shape), first.Select(Shape));
        Assert.Contains(first, e => e.NodeId == other);
    }

    private static async Task<WsTestClient> SubscribeAsync(CaseApi api, string token, object variables)
    {
        var client = await WsTestClient.ConnectAndInitAsync(api, new Dictionary<string, string> { ["Authorization"] = "Bearer " + token });
        await client.SubscribeAsync("cases", Feed, variables);
        return client;
    }

    private static async Task<long> LatestAsync(CaseApi api) => (await api.Store.GetChangeLogInfoAsync(CancellationToken.None)).Latest;

    private static async Task<List<Received>> TakeAsync(WsTestClient client, int count)
    {
        var received = new List<Received>();
        while (received.Count < count)
        {
            var message = await client.ReceiveAsync();
            Assert.True(message["type"]!.GetValue<string>() == "next", message.ToJsonString());
            var change = message["payload"]!["data"]!["changes"]!;
            received.Add(new Received(
                long.Parse(change["cursor"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture),
                change["type"]!.GetValue<string>(),
                change["nodeId"]?.GetValue<string>(),
                change["label"]?.GetValue<string>(),
                change["relationship"] is JsonObject r ? $"{r["type"]} {r["startId"]}->{r["endId"]}" : null,
                change["actor"]!.GetValue<string>()));
        }

        return received;
    }

    private static string Shape(ChangeEvent e) =>
        $"{e.Cursor} {Screaming(e.Type)} {e.NodeId} {e.Label} {(e.Relationship is { } r ? $"{r.Type} {r.StartId}->{r.EndId}" : null)} {e.Actor}";

    private static string Shape(Received r) => $"{r.Cursor} {r.Type} {r.NodeId} {r.Label} {r.Relationship} {r.Actor}";

    private static string Screaming(ChangeType type) =>
        string.Concat(type.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : c.ToString())).ToUpperInvariant();

    private sealed record Received(long Cursor, string Type, string? NodeId, string? Label, string? Relationship, string Actor);
}
