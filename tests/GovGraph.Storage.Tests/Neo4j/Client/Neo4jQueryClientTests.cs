using System.Net;
using System.Text;
using System.Text.Json;
using GovGraph.Storage.Neo4j.Client;
using GovGraph.Storage.Neo4j.Cypher;
using static GovGraph.Storage.Tests.Neo4j.Client.QueryApiResponses;
using static GovGraph.Storage.Tests.Neo4j.Client.RecordedClient;

namespace GovGraph.Storage.Tests.Neo4j.Client;

public sealed class Neo4jQueryClientTests
{
    private const string QueryUrl = "http://neo4j.test:7474/db/govgraph/query/v2";

    private readonly RecordingHandler _server = new();

    private Neo4jQueryClient Client(int maxRetries = 2, TimeSpan? timeout = null, Action<Neo4jOptions>? configure = null) =>
        RecordedClient.For(_server, maxRetries, timeout, configure);

    private static JsonElement Json(string? body) => JsonDocument.Parse(body!).RootElement;

    [Fact]
    public async Task RunningAStatementReturnsItsFieldsValuesAndBookmarks()
    {
        _server.Respond(HttpStatusCode.Accepted, NamesAndAges);

        var result = await Client().RunAsync(Statement("MATCH (p:Person) RETURN p.name AS name, p.age AS age"), AccessMode.Read, default);

        Assert.Equal(["name", "age"], result.Fields);
        Assert.Equal(2, result.Values.Count);
        Assert.Equal("Alice", result.Values[0][result.IndexOf("name")].GetString());
        Assert.Equal(42, result.Values[0][result.IndexOf("age")].GetInt64());
        Assert.Equal(JsonValueKind.Null, result.Values[1][1].ValueKind);
        Assert.Equal(["FB:kcwQhRyDJ5G7TsqeYxOvaSbEDA6QLwAAHA=="], result.Bookmarks);

        var request = Assert.Single(_server.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal(QueryUrl, request.Url);
        Assert.Equal("application/json", request.Header("Accept"));
        Assert.Equal("application/json", request.ContentType);
        Assert.Equal(
            "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:verysecret")), request.Header("Authorization"));
        Assert.Equal("MATCH (p:Person) RETURN p.name AS name, p.age AS age", Json(request.Body).GetProperty("statement").GetString());
    }

    [Fact]
    public async Task ARefusedStatementThrowsWithTheNeo4jCode()
    {
        _server.Respond(HttpStatusCode.BadRequest, SyntaxError);

        var error = await Assert.ThrowsAsync<Neo4jException>(
            () => Client().RunAsync(Statement("MATC (n) RETURN n"), AccessMode.Read, default));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.Contains("Invalid input 'MATC'", error.Message);
        Assert.False(error.IsTransient);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task AFailureWhileStreamingThrowsDespiteThePartialData()
    {
        _server.Respond(HttpStatusCode.Accepted, FailedWhileStreaming);

        var error = await Assert.ThrowsAsync<Neo4jException>(
            () => Client().RunAsync(Statement("UNWIND range(5, 0, -1) AS n RETURN 3 / n AS f"), AccessMode.Read, default));

        Assert.Equal("Neo.ClientError.Statement.ArithmeticError", error.Code);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task UsingAnExpiredTransactionThrowsWithTheExpiryTheServerLastGave()
    {
        _server.Respond(HttpStatusCode.Accepted, Begin, (Neo4jQueryClient.AffinityHeader, BeginAffinity))
            .Respond(HttpStatusCode.Accepted, RunInTransaction)
            .Respond(HttpStatusCode.NotFound, TransactionNotFound);
        await using var tx = await Client().BeginAsync(default);
        await tx.RunAsync(Statement("RETURN 1 AS n"), default);

        var error = await Assert.ThrowsAsync<Neo4jException>(() => tx.RunAsync(Statement("RETURN 1 AS n"), default));

        Assert.Equal("Neo.ClientError.Request.Invalid", error.Code);
        Assert.True(error.TransactionGone);
        Assert.True(error.RetriesUnit);
        Assert.Contains("d7fa2f2d4c43f3a1 has expired", error.Message);
        Assert.Contains("2024-10-22T14:13:01", error.Message);
        Assert.Contains("Neo4j:WriteUri", error.Message);
        // Neo4j already dropped it: disposing sends no rollback.
        await tx.DisposeAsync();
        Assert.Equal(3, _server.Requests.Count);
    }

    [Fact]
    public async Task WrongCredentialsThrowNamingTheSettingsToCheck()
    {
        _server.Respond(HttpStatusCode.Unauthorized, Unauthorized);

        var error = await Assert.ThrowsAsync<Neo4jException>(
            () => Client().RunAsync(Statement("RETURN 1"), AccessMode.Read, default));

        Assert.Equal("Neo.ClientError.Security.Unauthorized", error.Code);
        Assert.Contains("check Neo4j:User and Neo4j:Password", error.Message);
        Assert.Contains("Invalid credential.", error.Message);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task ATransientErrorIsRetriedAndThenSucceeds()
    {
        _server.Respond(HttpStatusCode.BadRequest, Deadlock).Respond(HttpStatusCode.Accepted, NamesAndAges);

        var result = await Client().RunAsync(Statement("MATCH (p:Person) RETURN p.name AS name, p.age AS age"), AccessMode.Write, default);

        Assert.Equal("Alice", result.Values[0][0].GetString());
        Assert.Equal(2, _server.Requests.Count);
        Assert.Equal(_server.Requests[0].Body, _server.Requests[1].Body);
    }

    [Fact]
    public async Task TransientErrorsStopBeingRetriedAfterMaxRetries()
    {
        _server.Respond(HttpStatusCode.BadRequest, Deadlock).Respond(HttpStatusCode.BadRequest, Deadlock);

        var error = await Assert.ThrowsAsync<Neo4jException>(
            () => Client(maxRetries: 1).RunAsync(Statement("RETURN 1"), AccessMode.Write, default));

        Assert.True(error.IsTransient);
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task BeginIsRetriedButAStatementInsideAnOpenTransactionIsNot()
    {
        _server.Respond(HttpStatusCode.BadRequest, Deadlock)
            .Respond(HttpStatusCode.Accepted, Begin, (Neo4jQueryClient.AffinityHeader, BeginAffinity))
            .Respond(HttpStatusCode.BadRequest, Deadlock);
        await using var tx = await Client().BeginAsync(default);

        var error = await Assert.ThrowsAsync<Neo4jException>(() => tx.RunAsync(Statement("RETURN 1 AS n"), default));

        Assert.Equal("Neo.TransientError.Transaction.DeadlockDetected", error.Code);
        Assert.Equal(3, _server.Requests.Count);
        Assert.All(_server.Requests.Take(2), r => Assert.Equal(QueryUrl + "/tx", r.Url));
    }

    [Fact]
    public async Task TheClusterAffinityHeaderIsSentBackOnEveryLaterRequestOfTheTransaction()
    {
        _server.Respond(HttpStatusCode.Accepted, Begin, (Neo4jQueryClient.AffinityHeader, BeginAffinity))
            .Respond(HttpStatusCode.Accepted, RunInTransaction)
            .Respond(HttpStatusCode.Accepted, Commit);
        var client = Client();

        await using (var tx = await client.BeginAsync(default))
        {
            var result = await tx.RunAsync(Statement("RETURN 1 AS n"), default);
            Assert.Equal(1, result.Values[0][0].GetInt64());
            await tx.CommitAsync(default);
        }

        Assert.Collection(
            _server.Requests,
            begin =>
            {
                Assert.Equal((HttpMethod.Post, QueryUrl + "/tx"), (begin.Method, begin.Url));
                Assert.Null(begin.Header(Neo4jQueryClient.AffinityHeader));
            },
            run =>
            {
                Assert.Equal((HttpMethod.Post, QueryUrl + "/tx/d7fa2f2d4c43f3a1"), (run.Method, run.Url));
                Assert.Equal(BeginAffinity, run.Header(Neo4jQueryClient.AffinityHeader));
                Assert.Equal("RETURN 1 AS n", Json(run.Body).GetProperty("statement").GetString());
            },
            commit =>
            {
                Assert.Equal((HttpMethod.Post, QueryUrl + "/tx/d7fa2f2d4c43f3a1/commit"), (commit.Method, commit.Url));
                Assert.Equal(BeginAffinity, commit.Header(Neo4jQueryClient.AffinityHeader));
                Assert.Equal(("{}", "application/json"), (commit.Body, commit.ContentType));
            });
        Assert.Equal(["FB:kcwQs9h6ZMqDRUaYq2hRu9mHBgeQ"], client.Bookmarks);
    }

    [Fact]
    public async Task DisposingAnUncommittedTransactionRollsItBackWithTheAffinityHeader()
    {
        _server.Respond(HttpStatusCode.Accepted, Begin, (Neo4jQueryClient.AffinityHeader, BeginAffinity))
            .Respond(HttpStatusCode.OK, Rollback);

        await using (await Client().BeginAsync(default))
        {
        }

        var rollback = _server.Requests[1];
        Assert.Equal((HttpMethod.Delete, QueryUrl + "/tx/d7fa2f2d4c43f3a1"), (rollback.Method, rollback.Url));
        Assert.Equal(BeginAffinity, rollback.Header(Neo4jQueryClient.AffinityHeader));
    }

    [Fact]
    public async Task AccessModeAndTheLastSeenBookmarksAreSent()
    {
        _server.Respond(HttpStatusCode.Accepted, NamesAndAges).Respond(HttpStatusCode.Accepted, NamesAndAges);
        var client = Client();

        await client.RunAsync(Statement("CREATE (:Person {name: 'Alice'})"), AccessMode.Write, default);
        await client.RunAsync(Statement("MATCH (p:Person) RETURN p.name AS name"), AccessMode.Read, default);

        var write = Json(_server.Requests[0].Body);
        Assert.Equal("Write", write.GetProperty("accessMode").GetString());
        Assert.False(write.TryGetProperty("bookmarks", out _));
        var read = Json(_server.Requests[1].Body);
        Assert.Equal("Read", read.GetProperty("accessMode").GetString());
        Assert.Equal(
            ["FB:kcwQhRyDJ5G7TsqeYxOvaSbEDA6QLwAAHA=="],
            read.GetProperty("bookmarks").EnumerateArray().Select(b => b.GetString()!).ToArray());
    }

    [Fact]
    public async Task ParametersAreSerialisedAsPlainJson()
    {
        _server.Respond(HttpStatusCode.Accepted, NamesAndAges);
        var parameters = new Dictionary<string, object?>
        {
            ["name"] = "山门村 ') DETACH DELETE n //",
            ["count"] = 3,
            ["big"] = 9_007_199_254_740_993L,
            ["ratio"] = 0.25,
            ["key"] = true,
            ["none"] = null,
            ["labels"] = new[] { "Village", "Township" },
            ["ids"] = new List<long> { 1, 2 },
            ["since"] = new DateOnly(2024, 3, 1),
            ["props"] = new Dictionary<string, object?> { ["size"] = 4, ["tags"] = new[] { "a" } },
        };

        await Client().RunAsync(Statement("RETURN $name", parameters), AccessMode.Write, default);

        var sent = Json(_server.Requests[0].Body).GetProperty("parameters");
        Assert.Equal(
            """{"name":"山门村 ') DETACH DELETE n //","count":3,"big":9007199254740993,"ratio":0.25,"key":true,"none":null,"labels":["Village","Township"],"ids":[1,2],"since":"2024-03-01","props":{"size":4,"tags":["a"]}}""",
            JsonSerializer.Serialize(sent, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    [Fact]
    public async Task AnUnreachableServerThrowsNamingTheUriSetting()
    {
        _server.Fail(new HttpRequestException("Connection refused (neo4j.test:7474)"));

        var error = await Assert.ThrowsAsync<Neo4jException>(
            () => Client().RunAsync(Statement("RETURN 1"), AccessMode.Read, default));

        Assert.Equal("GovGraph.Neo4j.Unreachable", error.Code);
        Assert.Contains("Neo4j:Uri", error.Message);
        Assert.Contains("http://neo4j.test:7474/", error.Message);
        Assert.IsType<HttpRequestException>(error.InnerException);
    }

    [Fact]
    public async Task ACancelledCallThrowsOperationCanceledWithoutRetrying()
    {
        _server.Respond(HttpStatusCode.Accepted, NamesAndAges);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => Client().RunAsync(Statement("RETURN 1"), AccessMode.Read, cancelled.Token));
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task ARequestThatOutlivesTheTimeoutThrowsNamingTheSetting()
    {
        _server.Hang();

        var error = await Assert.ThrowsAsync<Neo4jException>(
            () => Client(timeout: TimeSpan.FromSeconds(1)).RunAsync(Statement("RETURN 1"), AccessMode.Read, default));

        Assert.Equal("GovGraph.Neo4j.Timeout", error.Code);
        Assert.Contains("Neo4j:RequestTimeout", error.Message);
    }
}
