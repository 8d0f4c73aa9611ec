using GovGraph.Api.Tests.Changes;
using GovGraph.Api.Tests.Infrastructure;
using static GovGraph.Api.Tests.Changes.SmallCounty;

namespace GovGraph.Api.Tests.ServiceRequests;

/// <summary>
/// What the case mutations refuse, and that a refusal changes nothing: an action its status does not allow, bad
/// input, ids that name nothing or something else. Also that a repeated <c>clientMutationId</c> replays the first
/// answer. The clock stands still here.
/// </summary>
public sealed class RequestRefusalTests(CaseFactory api) : IClassFixture<CaseFactory>
{
    private HttpClient Client => api.CreateClient();

    /// <summary>Each mutation with the input it needs besides the request.</summary>
    private static readonly Dictionary<string, string> Mutations = new()
    {
        ["acceptRequest"] = "",
        ["sendBackRequest"] = """reason: "不属本级" """,
        ["startRequest"] = "",
        ["requestExtension"] = """reason: "需要时间" """,
        ["resolveRequest"] = """note: "已处理" """,
        ["rateRequest"] = "rating: SATISFIED",
        ["closeRequest"] = "",
    };

    /// <summary>The statuses each mutation may not be taken from (closing a resolved case early is refused too).</summary>
    public static TheoryData<string, string> IllegalMoves()
    {
        var allowed = new Dictionary<string, string[]>
        {
            ["acceptRequest"] = ["DISPATCHED"],
            ["sendBackRequest"] = ["DISPATCHED", "ACCEPTED"],
            ["startRequest"] = ["ACCEPTED"],
            ["requestExtension"] = ["ACCEPTED", "IN_PROGRESS"],
            ["resolveRequest"] = ["ACCEPTED", "IN_PROGRESS"],
            ["rateRequest"] = ["RESOLVED"],
            ["closeRequest"] = ["RATED"],
        };
        var data = new TheoryData<string, string>();
        foreach (var status in new[] { "DISPATCHED", "ACCEPTED", "IN_PROGRESS", "RESOLVED", "RATED", "CLOSED" })
        {
            foreach (var (mutation, from) in allowed.Where(a => !a.Value.Contains(status)))
            {
                data.Add(status, mutation);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(IllegalMoves))]
    public async Task AnIllegalTransitionIsRefusedAndChangesNothing(string status, string mutation)
    {
        var id = await CaseInAsync(status);
        var before = await Client.ReadAsync(id);
        var cursor = await api.LatestCursorAsync();

        var payload = await Client.ActAsync(mutation, id, Mutations[mutation]);

        payload.AssertRefused("ILLEGAL_TRANSITION", "request");
        Assert.Null(payload["serviceRequest"]);
        Assert.Equal(cursor, await api.LatestCursorAsync());
        Assert.Equal(before.ToJsonString(), (await Client.ReadAsync(id)).ToJsonString());
    }

    [Fact]
    public async Task ASecondExtensionIsAnIllegalTransition()
    {
        var id = await CaseInAsync("IN_PROGRESS");
        await Client.ActedAsync("requestExtension", id, Mutations["requestExtension"]);
        var cursor = await api.LatestCursorAsync();

        var second = await Client.ActAsync("requestExtension", id, Mutations["requestExtension"]);

        second.AssertRefused("ILLEGAL_TRANSITION", "request");
        Assert.Equal(cursor, await api.LatestCursorAsync());
    }

    [Theory]
    [InlineData("", "description")]
    [InlineData("   ", "description")]
    public async Task ABlankDescriptionIsInvalidInput(string description, string field)
    {
        var cursor = await api.LatestCursorAsync();

        (await Client.RaiseAsync(Household(2), "HELP", description)).AssertRefused("INVALID_INPUT", field);

        Assert.Equal(cursor, await api.LatestCursorAsync());
    }

    [Fact]
    public async Task ADescriptionOverTwoThousandCharactersIsInvalidInput()
    {
        (await Client.RaiseAsync(Household(2), "HELP", new string('灯', 2001))).AssertRefused("INVALID_INPUT", "description");
        (await Client.RaiseAsync(Household(2), "HELP", new string('灯', 2000))).AssertAccepted();
    }

    [Theory]
    [InlineData("sendBackRequest", "reason: \" \"", "reason", "DISPATCHED")]
    [InlineData("requestExtension", "reason: \"\"", "reason", "IN_PROGRESS")]
    [InlineData("resolveRequest", "note: \"\\n\"", "note", "IN_PROGRESS")]
    [InlineData("requestExtension", "reason: \"要时间\", until: \"2026-11-01T09:00:00+08:00\"", "until", "IN_PROGRESS")]
    [InlineData("rateRequest", "rating: SATISFIED, dueAt: \"2027-01-01T09:00:00+08:00\"", "dueAt", "RESOLVED")]
    [InlineData("rateRequest", "rating: UNSATISFIED, dueAt: \"2026-11-01T09:00:00+08:00\"", "dueAt", "RESOLVED")]
    [InlineData("acceptRequest", "clientMutationId: \"\"", "clientMutationId", "DISPATCHED")]
    public async Task BadInputIsRefusedNamingTheFieldAndChangesNothing(string mutation, string extra, string field, string status)
    {
        var id = await CaseInAsync(status);
        var cursor = await api.LatestCursorAsync();

        (await Client.ActAsync(mutation, id, extra)).AssertRefused("INVALID_INPUT", field);

        Assert.Equal(cursor, await api.LatestCursorAsync());
    }

    [Fact]
    public async Task AReasonLongerThanTheStoreHoldsIsInvalidInput()
    {
        var id = await CaseInAsync("DISPATCHED");

        (await Client.ActAsync("sendBackRequest", id, $"reason: \"{new string('因', 1001)}\"")).AssertRefused("INVALID_INPUT", "reason");
    }

    [Theory]
    [InlineData("""mutation { requestExtension(input: { request: "x", reason: "r", until: "2027-01-01T09:00:00" }) { errors { code } } }""")]
    [InlineData("""mutation { requestExtension(input: { request: "x", reason: "r", until: "next week" }) { errors { code } } }""")]
    [InlineData("""mutation { raiseRequest(input: { household: "hh:1", category: PARKING, description: "d" }) { errors { code } } }""")]
    [InlineData("""mutation { rateRequest(input: { request: "x", rating: "SATISFIED" }) { errors { code } } }""")]
    [InlineData("""mutation { resolveRequest(input: { request: "x" }) { errors { code } } }""")]
    public async Task AValueOfTheWrongTypeIsAGraphQLValidationErrorNotAServerError(string mutation)
    {
        var response = await Client.PostAsync(mutation);

        Assert.NotEqual(500, response.StatusCode);
        Assert.NotNull(response.Errors);
        Assert.DoesNotContain("INTERNAL_ERROR", response.ErrorCodes);
    }

    [Fact]
    public async Task AnUnknownRequestIsNotFoundAndAnotherNodeIsTheWrongLabel()
    {
        (await Client.ActAsync("acceptRequest", "request:nothing")).AssertRefused("NODE_NOT_FOUND", "request");
        (await Client.ActAsync("acceptRequest", Household(1))).AssertRefused("WRONG_LABEL", "request");
        (await Client.ActAsync("requestExtension", Shanmen, """reason: "r" """)).AssertRefused("WRONG_LABEL", "request");
        (await Client.RaiseAsync("hh:nothing")).AssertRefused("NODE_NOT_FOUND", "household");
        (await Client.RaiseAsync(Shanmen)).AssertRefused("WRONG_LABEL", "household");
    }

    [Fact]
    public async Task ARepeatedClientMutationIdReplaysTheFirstRaiseAndChangesNothingAgain()
    {
        var first = (await Client.RaiseAsync(Household(4), extra: """, clientMutationId: "call-0001" """)).AssertAccepted();
        var cursor = await api.LatestCursorAsync();

        var again = (await Client.RaiseAsync(Household(4), extra: """, clientMutationId: "call-0001" """)).AssertAccepted();

        Assert.Equal("call-0001", again.Text("clientMutationId"));
        Assert.Equal(first["serviceRequest"]!.Text("id"), again["serviceRequest"]!.Text("id"));
        Assert.Equal(cursor, await api.LatestCursorAsync());
    }

    [Fact]
    public async Task ARepeatedClientMutationIdReplaysAnActionInsteadOfRefusingIt()
    {
        var id = await CaseInAsync("DISPATCHED");
        var first = await Client.ActedAsync("acceptRequest", id, """clientMutationId: "accept-1" """);
        var cursor = await api.LatestCursorAsync();

        var again = (await Client.ActAsync("acceptRequest", id, """clientMutationId: "accept-1" """)).AssertAccepted();

        Assert.Equal(("ACCEPTED", first["version"]!.GetValue<int>()), (again["serviceRequest"]!.Text("status"), again["serviceRequest"]!["version"]!.GetValue<int>()));
        Assert.Equal(cursor, await api.LatestCursorAsync());

        // Another id is another acceptance: that one is illegal now.
        (await Client.ActAsync("acceptRequest", id, """clientMutationId: "accept-2" """)).AssertRefused("ILLEGAL_TRANSITION", "request");
    }

    /// <summary>A new case on hh:2 (linked by nobody: it goes to 山门村第一党小组) driven to <paramref name="status"/>.</summary>
    private async Task<string> CaseInAsync(string status)
    {
        var client = Client;
        var id = await client.RaisedAsync(Household(2));
        string[] path = status switch
        {
            "DISPATCHED" => [],
            "ACCEPTED" => ["acceptRequest"],
            "IN_PROGRESS" => ["acceptRequest", "startRequest"],
            "RESOLVED" => ["acceptRequest", "resolveRequest"],
            "RATED" => ["acceptRequest", "resolveRequest", "rateRequest"],
            "CLOSED" => ["acceptRequest", "resolveRequest", "rateRequest", "closeRequest"],
            _ => throw new ArgumentOutOfRangeException(nameof(status)),
        };
        foreach (var step in path)
        {
            await client.ActedAsync(step, id, Mutations[step]);
        }

        Assert.Equal(status, (await client.ReadAsync(id)).Text("status"));
        return id;
    }
}
