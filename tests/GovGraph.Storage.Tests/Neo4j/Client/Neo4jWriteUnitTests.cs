using System.Net;
using System.Text.Json;
using GovGraph.Storage.Neo4j.Client;
using GovGraph.Storage.Neo4j.Cypher;
using static GovGraph.Storage.Tests.Neo4j.Client.QueryApiResponses;
using static GovGraph.Storage.Tests.Neo4j.Client.RecordedClient;

namespace GovGraph.Storage.Tests.Neo4j.Client;

/// <summary>
/// Write units, rollbacks, bookmarks, auth and value encoding of the Query API client, each against a recorded
/// sequence of the server's answers (see <see cref="QueryApiResponses"/> for where each comes from).
/// </summary>
public sealed class Neo4jWriteUnitTests
{
    private const string QueryUrl = "http://neo4j.test:7474/db/govgraph/query/v2";
    private const string TxUrl = QueryUrl + "/tx/d7fa2f2d4c43f3a1";

    // Long enough that the answered requests of a cold, busy test process never reach it (it bounds every request,
    // not only the hanging one); a hang always does, so the timeout paths run all the same.
    private static readonly TimeSpan HangTimeout = TimeSpan.FromSeconds(1);

    private readonly RecordingHandler _server = new();

    private Neo4jQueryClient Client(int maxRetries = 2, TimeSpan? timeout = null, Action<Neo4jOptions>? configure = null) =>
        RecordedClient.For(_server, maxRetries, timeout, configure);

    private RecordingHandler Begins() => _server.Respond(HttpStatusCode.Accepted, Begin, (Neo4jQueryClient.AffinityHeader, BeginAffinity));

    private static string[] BookmarksSent(RecordedRequest request) =>
        JsonDocument.Parse(request.Body!).RootElement.TryGetProperty("bookmarks", out var marks)
            ? marks.EnumerateArray().Select(m => m.GetString()!).ToArray()
            : [];

    [Fact]
    public async Task WholeNumberFloatsAreSentWithAFractionSoNeo4jStoresFloats()
    {
        _server.Respond(HttpStatusCode.Accepted, NamesAndAges);
        var parameters = new Dictionary<string, object?>
        {
            ["props"] = new Dictionary<string, object?> { ["area"] = 2.0, ["ratio"] = 3.0f, ["km"] = 12.0, ["households"] = 2L },
            ["mixed"] = new object[] { 1L, 2.0 },
            ["tiny"] = 1e-7,
            ["money"] = 5m,
        };

        await Client().RunAsync(Statement("CREATE (n:Village) SET n = $props", parameters), AccessMode.Write, default);

        var body = _server.Requests[0].Body!;
        Assert.Contains("""{"area":2.0,"ratio":3.0,"km":12.0,"households":2}""", body);
        Assert.Contains("""
            "mixed":[1,2.0]
            """, body);
        Assert.Contains("\"tiny\":1E-07", body);
        Assert.Contains("\"money\":5.0", body);
        var sent = JsonDocument.Parse(body).RootElement.GetProperty("parameters");
        Assert.Equal(JsonValueKind.Number, sent.GetProperty("props").GetProperty("area").ValueKind);
    }

    [Fact]
    public async Task ANonFiniteFloatIsRefusedBeforeAnythingIsSent()
    {
        var parameters = new Dictionary<string, object?> { ["x"] = double.NaN };

        await Assert.ThrowsAsync<ArgumentException>(
            () => Client().RunAsync(Statement("RETURN $x", parameters), AccessMode.Read, default));
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task ADeadlockInsideAWriteUnitRunsTheWholeUnitAgainInANewTransaction()
    {
        Begins().Respond(HttpStatusCode.Accepted, RunInTransaction)
            .Respond(HttpStatusCode.BadRequest, Deadlock);
        Begins().Respond(HttpStatusCode.Accepted, RunInTransaction)
            .Respond(HttpStatusCode.Accepted, RunInTransaction)
            .Respond(HttpStatusCode.Accepted, Commit);
        var runs = 0;

        var value = await Client().WriteAsync(async (tx, ct) =>
        {
            runs++;
            var first = await tx.RunAsync(Statement("MATCH (c:GgCounter) SET c.value = c.value + 1 RETURN c.value AS n"), ct);
            await tx.RunAsync(Statement("CREATE (:Village {id: $id})", new Dictionary<string, object?> { ["id"] = "v1" }), ct);
            return first.Values[0][0].GetInt64();
        }, default);

        Assert.Equal((1L, 2), (value, runs));
        Assert.Equal(
            [
                (HttpMethod.Post, QueryUrl + "/tx"), (HttpMethod.Post, TxUrl), (HttpMethod.Post, TxUrl),
                (HttpMethod.Post, QueryUrl + "/tx"), (HttpMethod.Post, TxUrl), (HttpMethod.Post, TxUrl),
                (HttpMethod.Post, TxUrl + "/commit"),
            ],
            _server.Requests.Select(r => (r.Method, r.Url)));
    }

    [Fact]
    public async Task DeadlocksStopRunningTheUnitAgainAfterMaxRetries()
    {
        Begins().Respond(HttpStatusCode.BadRequest, Deadlock);
        Begins().Respond(HttpStatusCode.BadRequest, Deadlock);
        var runs = 0;

        var error = await Assert.ThrowsAsync<Neo4jException>(() => Client(maxRetries: 1).WriteAsync(async (tx, ct) =>
        {
            runs++;
            return await tx.RunAsync(Statement("MATCH (c:GgCounter) SET c.value = c.value + 1"), ct);
        }, default));

        Assert.Equal(("Neo.TransientError.Transaction.DeadlockDetected", 2), (error.Code, runs));
        Assert.Equal(4, _server.Requests.Count);
    }

    [Fact]
    public async Task AUnitThatFailsOnItsOwnIsRolledBackAndNotRunAgain()
    {
        Begins().Respond(HttpStatusCode.Accepted, RunInTransaction).Respond(HttpStatusCode.OK, Rollback);
        var runs = 0;

        await Assert.ThrowsAsync<InvalidOperationException>(() => Client().WriteAsync<int>(async (tx, ct) =>
        {
            runs++;
            await tx.RunAsync(Statement("RETURN 1 AS n"), ct);
            throw new InvalidOperationException("a domain rule refused the change");
        }, default));

        Assert.Equal(1, runs);
        Assert.Equal((HttpMethod.Delete, TxUrl), (_server.Requests[^1].Method, _server.Requests[^1].Url));
    }

    [Fact]
    public async Task AStatementThatTimesOutRollsTheTransactionBackUntilTheServerConfirms()
    {
        // The run never answers; the first rollback meets a proxy's 503, the second times out, the third is confirmed.
        Begins().Hang()
            .Respond(HttpStatusCode.ServiceUnavailable, ProxyUnavailable)
            .Hang()
            .Respond(HttpStatusCode.OK, Rollback);
        var client = Client(timeout: HangTimeout);
        await using var tx = await client.BeginAsync(default);

        var error = await Assert.ThrowsAsync<Neo4jException>(
            () => tx.RunAsync(Statement("MATCH (c:GgCounter) SET c.value = c.value + 1"), default));

        Assert.Equal("GovGraph.Neo4j.Timeout", error.Code);
        var rollbacks = _server.Requests.Skip(2).ToList();
        Assert.Equal(3, rollbacks.Count);
        Assert.All(rollbacks, r =>
        {
            Assert.Equal((HttpMethod.Delete, TxUrl), (r.Method, r.Url));
            Assert.Equal(BeginAffinity, r.Header(Neo4jQueryClient.AffinityHeader));
        });
        await tx.DisposeAsync();
        Assert.Equal(5, _server.Requests.Count);
    }

    [Fact]
    public async Task ACancelledStatementIsRolledBackWithoutTheCallersTokenAndStopsWhenTheServerNoLongerHasIt()
    {
        using var caller = new CancellationTokenSource();
        Begins().Hang(caller.Cancel).Respond(HttpStatusCode.NotFound, TransactionNotFound);
        await using var tx = await Client().BeginAsync(default);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => tx.RunAsync(Statement("MATCH (c:GgCounter) SET c.value = c.value + 1"), caller.Token));

        var rollback = Assert.Single(_server.Requests.Skip(2));
        Assert.Equal((HttpMethod.Delete, TxUrl), (rollback.Method, rollback.Url));
    }

    [Fact]
    public async Task ACommitThatTimesOutIsSettledByARollbackAndTheUnitIsNotRunAgain()
    {
        // Whether the commit landed is unknown; the rollback's 404 says the server no longer has the transaction.
        Begins().Respond(HttpStatusCode.Accepted, RunInTransaction).Hang().Respond(HttpStatusCode.NotFound, TransactionNotFound);
        var runs = 0;

        var error = await Assert.ThrowsAsync<Neo4jException>(() => Client(timeout: HangTimeout).WriteAsync(async (tx, ct) =>
        {
            runs++;
            return await tx.RunAsync(Statement("RETURN 1 AS n"), ct);
        }, default));

        Assert.Equal(("GovGraph.Neo4j.Timeout", 1), (error.Code, runs));
        Assert.Equal(
            [(HttpMethod.Post, QueryUrl + "/tx"), (HttpMethod.Post, TxUrl), (HttpMethod.Post, TxUrl + "/commit"), (HttpMethod.Delete, TxUrl)],
            _server.Requests.Select(r => (r.Method, r.Url)));
    }

    [Fact]
    public async Task ALateCommitOfAnOlderTransactionDoesNotReplaceANewerBookmark()
    {
        // The transaction starts, a newer write commits meanwhile, then the older transaction's commit answers.
        Begins().Respond(HttpStatusCode.Accepted, LaterWrite)
            .Respond(HttpStatusCode.Accepted, Commit)
            .Respond(HttpStatusCode.Accepted, NamesAndAges);
        var client = Client();

        var older = await client.BeginAsync(default);
        await client.RunAsync(Statement("CREATE (:Village)"), AccessMode.Write, default);
        await older.CommitAsync(default);
        await client.RunAsync(Statement("MATCH (v:Village) RETURN v.name AS name"), AccessMode.Read, default);

        Assert.Equal(["FB:kcwQhRyDJ5G7TsqeYxOvaSbEDA6QLwAAJA==", "FB:kcwQs9h6ZMqDRUaYq2hRu9mHBgeQ"], BookmarksSent(_server.Requests[3]));
        // The read started from both; its own bookmark now stands for both.
        Assert.Equal(["FB:kcwQhRyDJ5G7TsqeYxOvaSbEDA6QLwAAHA=="], client.Bookmarks);
    }

    [Fact]
    public void ABookmarkReplacesOnlyTheBookmarksItsRequestStartedFrom()
    {
        var chain = new BookmarkChain();
        chain.Advance([], ["b1"]);
        var startedAtB1 = chain.Current;
        chain.Advance(startedAtB1, ["b2"]);

        // A request that started from b1 too answers after b2: b2 stays, b3 joins it.
        chain.Advance(startedAtB1, ["b3"]);
        Assert.Equal(["b2", "b3"], chain.Current);

        chain.Advance(chain.Current, ["b4"]);
        Assert.Equal(["b4"], chain.Current);
    }

    [Fact]
    public async Task ExplicitTransactionsGoToTheWriteUriAndAutoCommitStatementsToTheUri()
    {
        _server.Respond(HttpStatusCode.Accepted, Begin)
            .Respond(HttpStatusCode.Accepted, Commit)
            .Respond(HttpStatusCode.Accepted, NamesAndAges);
        var client = Client(configure: o => o.WriteUri = new Uri("https://core-1.neo4j.test:7473"));

        await client.WriteAsync((_, _) => Task.FromResult(0), default);
        await client.RunAsync(Statement("RETURN 1"), AccessMode.Read, default);

        Assert.Equal(
            [
                "https://core-1.neo4j.test:7473/db/govgraph/query/v2/tx",
                "https://core-1.neo4j.test:7473/db/govgraph/query/v2/tx/d7fa2f2d4c43f3a1/commit",
                QueryUrl,
            ],
            _server.Requests.Select(r => r.Url));
    }

    [Fact]
    public async Task ABearerTokenIsSentInsteadOfBasicCredentials()
    {
        _server.Respond(HttpStatusCode.Accepted, NamesAndAges);
        var client = Client(configure: o =>
        {
            o.User = null;
            o.Password = null;
            o.BearerToken = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJnb3ZncmFwaCJ9.c2lnbmF0dXJl";
        });

        await client.RunAsync(Statement("RETURN 1"), AccessMode.Read, default);

        Assert.Equal(
            "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJnb3ZncmFwaCJ9.c2lnbmF0dXJl", _server.Requests[0].Header("Authorization"));
    }
}
