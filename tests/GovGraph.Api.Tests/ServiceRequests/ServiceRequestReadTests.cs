using GovGraph.Api.Tests.Changes;
using GovGraph.Api.Tests.Infrastructure;
using GovGraph.Domain.ServiceRequests;
using GovGraph.Storage.Editing;
using GovGraph.Storage.Writing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GovGraph.Api.Tests.ServiceRequests;

/// <summary>
/// The read side of a case: <c>node(id)</c> resolves it as a <c>ServiceRequest</c>, its fields come from the stored
/// state, its events list its history in order, the household lists it, and <c>overdue</c> follows the injected clock.
/// </summary>
public sealed class ServiceRequestReadTests : IAsyncLifetime
{
    // A Monday morning in Ningguo: the enquiry is due three working days later, the same time on Thursday.
    private static readonly DateTimeOffset Raised = CaseFactory.Start;

    private readonly CaseFactory _api = new();
    private string _requestId = "";

    private FakeTimeProvider Clock => _api.Clock;

    public async Task InitializeAsync()
    {
        await _api.InitializeAsync();
        var editor = _api.Services.GetRequiredService<ServiceRequestEditor>();
        var raised = await _api.Store.ExecuteWriteAsync(new WriteContext("hotline"), async (tx, ct) =>
            await editor.RaiseAsync(tx, new RaiseRequest(SmallCounty.Household(1), RequestCategory.Enquiry, "低保怎么申请？", RequestChannel.Hotline, Raised), "hotline", null, ct),
            CancellationToken.None);
        _requestId = raised.Value!.Id;
    }

    public Task DisposeAsync()
    {
        _api.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task ARaisedCaseReadsBackAsAServiceRequestWithItsLimitsHandlerAndHistory()
    {
        var data = (await _api.CreateClient().PostAsync("""
            query($id: ID!) {
              node(id: $id) {
                __typename
                ... on ServiceRequest {
                  category channel status description createdAt acceptBy dueAt deadline overdue extensions
                  acceptedAt startedAt resolvedAt rating closedAt
                  household { id }
                  assignee { __typename id }
                  events { totalCount nodes { type at actor note toAssignee { id } request { id } } }
                }
              }
            }
            """, new { id = _requestId })).AssertNoErrors().Data["node"]!;

        Assert.Equal("ServiceRequest", data["__typename"]!.GetValue<string>());
        Assert.Equal(("ENQUIRY", "HOTLINE", "DISPATCHED", "低保怎么申请？"),
            (Text(data["category"]), Text(data["channel"]), Text(data["status"]), Text(data["description"])));
        Assert.Equal("2026-11-02T01:00:00.0000000Z", Text(data["createdAt"]));
        Assert.Equal("2026-11-02T01:30:00.0000000Z", Text(data["acceptBy"]));
        Assert.Equal("2026-11-05T01:00:00.0000000Z", Text(data["dueAt"]));
        Assert.Equal(Text(data["acceptBy"]), Text(data["deadline"]));
        Assert.False(data["overdue"]!.GetValue<bool>());
        Assert.Equal(0, data["extensions"]!.GetValue<int>());
        Assert.All(new[] { "acceptedAt", "startedAt", "resolvedAt", "rating", "closedAt" }, f => Assert.Null(data[f]));
        Assert.Equal(SmallCounty.Household(1), Text(data["household"]!["id"]));
        Assert.Equal(("Person", SmallCounty.Li), (Text(data["assignee"]!["__typename"]), Text(data["assignee"]!["id"])));

        var events = data["events"]!["nodes"]!.AsArray();
        Assert.Equal(2, data["events"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(["RAISED", "DISPATCHED"], events.Select(e => Text(e!["type"])));
        Assert.All(events, e => Assert.Equal(("2026-11-02T01:00:00.0000000Z", "hotline", _requestId),
            (Text(e!["at"]), Text(e["actor"]), Text(e["request"]!["id"]))));
        Assert.Equal(SmallCounty.Li, Text(events[1]!["toAssignee"]!["id"]));
    }

    [Fact]
    public async Task TheHouseholdListsTheCasesItRaised()
    {
        var data = (await _api.CreateClient().PostAsync("""
            { node(id: "hh:1") { ... on Household { requests { totalCount nodes { id status } } } } }
            """)).AssertNoErrors().Data["node"]!["requests"]!;

        Assert.Equal(1, data["totalCount"]!.GetValue<int>());
        Assert.Equal(_requestId, Text(data["nodes"]![0]!["id"]));
    }

    [Fact]
    public async Task ACaseIsOverdueOnlyAfterItsDeadlineOnTheInjectedClock()
    {
        const string Query = "query($id: ID!) { node(id: $id) { ... on ServiceRequest { overdue } } }";
        var client = _api.CreateClient();

        Clock.SetUtcNow(Raised.AddMinutes(30));
        var atTheDeadline = (await client.PostAsync(Query, new { id = _requestId })).AssertNoErrors().Data["node"]!["overdue"]!.GetValue<bool>();
        Clock.SetUtcNow(Raised.AddMinutes(30).AddSeconds(1));
        var justAfter = (await client.PostAsync(Query, new { id = _requestId })).AssertNoErrors().Data["node"]!["overdue"]!.GetValue<bool>();

        Assert.Equal((false, true), (atTheDeadline, justAfter));
    }

    private static string? Text(System.Text.Json.Nodes.JsonNode? node) => node?.GetValue<string>();
}
