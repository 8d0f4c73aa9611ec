using System.Text.Json.Nodes;
using GovGraph.Api.Tests.Infrastructure;
using GovGraph.Domain.ServiceRequests;
using static GovGraph.Api.Tests.Changes.SmallCounty;

namespace GovGraph.Api.Tests.ServiceRequests;

/// <summary>
/// <c>requestQueue</c> over cases raised out of time order (as seeded history or a replay writes them): oldest first
/// by <c>createdAt</c> on every page, per handler or scope-wide, open ones by default, within the caller's scope.
/// </summary>
public sealed class RequestQueueTests : IAsyncLifetime
{
    private const string Query = """
        query($assignee: ID, $status: [RequestStatus!], $first: Int, $after: String) {
          requestQueue(assignee: $assignee, status: $status, first: $first, after: $after) {
            totalCount
            pageInfo { hasNextPage endCursor }
            nodes { id status createdAt assignee { id } }
          }
        }
        """;

    private CaseApi _api = null!;
    private readonly Dictionary<string, string> _ids = [];

    public async Task InitializeAsync()
    {
        _api = await CaseApi.StartAsync();
        var t = _api.Now;

        // Written in this order; raised (createdAt) in the order c1 < c2 < c3 < c4 < c5 < c6.
        _ids["c4"] = await _api.RaiseAsync(Household(2), at: t.AddHours(-4));
        _ids["c1"] = await _api.RaiseAsync(Household(1), at: t.AddHours(-30));
        _ids["c6"] = await _api.RaiseAsync(Household(4), at: t.AddMinutes(-1));
        _ids["c3"] = await _api.RaiseAsync(Household(2), at: t.AddHours(-5));
        _ids["c5"] = await _api.RaiseAsync(Household(2), at: t.AddHours(-2));
        _ids["c2"] = await _api.RaiseAsync(Household(4), at: t.AddHours(-20));

        // c3 goes up to 李明; c5 is resolved (no longer open).
        await _api.SendBackAsync(_ids["c3"], "请上级处理。");
        await _api.ApplyAsync(_ids["c5"], new RequestAction.Accept());
        await _api.ApplyAsync(_ids["c5"], new RequestAction.Start());
        await _api.ApplyAsync(_ids["c5"], new RequestAction.Resolve("已办好。"));
    }

    public Task DisposeAsync()
    {
        _api.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task TheScopeWideQueueListsOpenCasesOldestFirstOnEveryPage()
    {
        var client = _api.ClientFor("admin");
        var seen = new List<string>();
        string? after = null;
        do
        {
            var page = Queue(await client.PostAsync(Query, new { first = 2, after }));
            Assert.Equal(5, page["totalCount"]!.GetValue<int>());
            seen.AddRange(Ids(page));
            after = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? page["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
        }
        while (after is not null);

        Assert.Equal(Named("c1", "c2", "c3", "c4", "c6"), seen);
    }

    [Fact]
    public async Task AnAssigneesQueueHoldsOnlyTheCasesCurrentlyAssignedToThem()
    {
        var client = _api.ClientFor("admin");

        var zhou = Queue(await client.PostAsync(Query, new { assignee = CaseCounty.Zhou }));
        Assert.Equal(Named("c4"), Ids(zhou));
        Assert.Equal(1, zhou["totalCount"]!.GetValue<int>());

        // c3 was sent back from 周伟 to 李明: it has left 周伟's queue and sits in 李明's, after 李明's own older c1.
        var li = Queue(await client.PostAsync(Query, new { assignee = Li }));
        Assert.Equal(Named("c1", "c3"), Ids(li));
        Assert.All(li["nodes"]!.AsArray(), n => Assert.Equal(Li, n!["assignee"]!["id"]!.GetValue<string>()));

        var paged = Queue(await client.PostAsync(Query, new { assignee = Li, first = 1 }));
        var second = Queue(await client.PostAsync(Query, new { assignee = Li, first = 1, after = paged["pageInfo"]!["endCursor"]!.GetValue<string>() }));
        Assert.Equal(Named("c3"), Ids(second));
        Assert.False(second["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
    }

    [Fact]
    public async Task TheStatusFilterReplacesTheOpenDefaultAndAnEmptyListMatchesNothing()
    {
        var client = _api.ClientFor("admin");

        Assert.Equal(Named("c5"), Ids(Queue(await client.PostAsync(Query, new { status = new[] { "RESOLVED" } }))));
        Assert.Equal(Named("c1", "c2", "c3", "c4", "c5", "c6"),
            Ids(Queue(await client.PostAsync(Query, new { status = new[] { "DISPATCHED", "RESOLVED" } }))));
        Assert.Equal(Named("c5"), Ids(Queue(await client.PostAsync(Query, new { assignee = CaseCounty.Zhou, status = new[] { "RESOLVED" } }))));
        var none = Queue(await client.PostAsync(Query, new { status = Array.Empty<string>() }));
        Assert.Empty(Ids(none));
        Assert.Equal(0, none["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task AScopedCallerSeesOnlyTheCasesOfItsScopeAndNoQueueOfAHandlerOutsideIt()
    {
        var xicun = _api.ClientFor("viewer", scope: Xicun);

        Assert.Equal(Named("c2", "c6"), Ids(Queue(await xicun.PostAsync(Query, new { }))));
        Assert.Equal(Named("c2", "c6"), Ids(Queue(await xicun.PostAsync(Query, new { assignee = XicunGroup }))));
        var outside = Queue(await xicun.PostAsync(Query, new { assignee = Li }));
        Assert.Empty(Ids(outside));
        Assert.Equal(0, outside["totalCount"]!.GetValue<int>());
        Assert.Empty(Ids(Queue(await xicun.PostAsync(Query, new { assignee = "person:nobody" }))));
    }

    [Fact]
    public async Task BadArgumentsAreRefusedWithTheirCodes()
    {
        var client = _api.ClientFor("admin");

        Assert.Equal(["INVALID_ID"], (await client.PostAsync(Query, new { assignee = " " })).ErrorCodes);
        Assert.Equal(["INVALID_CURSOR"], (await client.PostAsync(Query, new { after = "bm86MQ" })).ErrorCodes);
        Assert.Equal(["PAGE_SIZE_TOO_LARGE"], (await client.PostAsync(Query, new { first = 100_000 })).ErrorCodes);
        var badStatus = await client.PostAsync(Query, new { status = new[] { "LOST" } });
        Assert.NotEmpty(badStatus.ErrorCodes);
        Assert.NotEqual(500, badStatus.StatusCode);
    }

    private static JsonNode Queue(GraphQLResponse response) => response.AssertNoErrors().Data["requestQueue"]!;

    private static List<string> Ids(JsonNode page) => page["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()).ToList();

    private List<string> Named(params string[] names) => names.Select(n => _ids[n]).ToList();
}
