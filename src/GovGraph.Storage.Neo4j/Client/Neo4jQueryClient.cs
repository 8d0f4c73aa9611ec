using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using GovGraph.Storage.Neo4j.Cypher;
using Polly;
using Polly.Retry;

namespace GovGraph.Storage.Neo4j.Client;

/// <summary>
/// <see cref="ICypherRunner"/> over Neo4j's HTTP Query API (v2, Neo4j 5.26+ and Aura): auto-commit statements on
/// <c>/db/{db}/query/v2</c>, explicit transactions on <c>/db/{db}/query/v2/tx</c>. Retries transient errors of
/// auto-commit statements and of BEGIN; statements inside an open transaction are never retried here.
/// </summary>
public sealed class Neo4jQueryClient(HttpClient http, Neo4jOptions options) : ICypherRunner
{
    internal const string AffinityHeader = "neo4j-cluster-affinity";

    private readonly string _queryPath = Combine(options.Uri, $"db/{Uri.EscapeDataString(options.Database)}/query/v2");
    private readonly AuthenticationHeaderValue? _auth = options.User is null
        ? null
        : new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{options.Password}")));

    // The bookmarks of the last write this client saw; sent with later requests so reads see our own writes.
    private IReadOnlyList<string> _lastBookmarks = [];

    internal IReadOnlyList<string> LastBookmarks => Volatile.Read(ref _lastBookmarks);

    public Task<CypherResult> RunAsync(CypherStatement statement, AccessMode mode, CancellationToken ct) =>
        WithRetriesAsync(async attemptCt =>
        {
            var body = QueryApiJson.StatementBody(statement, mode, LastBookmarks);
            var response = await SendAsync(HttpMethod.Post, _queryPath, body, affinity: null, transactionId: null, attemptCt);
            var result = QueryApiJson.ReadResult(response.Root);
            RememberBookmarks(result.Bookmarks);
            return result;
        }, ct);

    public async Task<ICypherTransaction> BeginAsync(CancellationToken ct) =>
        await WithRetriesAsync(async attemptCt =>
        {
            var body = QueryApiJson.StatementBody(null, null, LastBookmarks);
            var response = await SendAsync(HttpMethod.Post, _queryPath + "/tx", body, affinity: null, transactionId: null, attemptCt);
            var id = QueryApiJson.ReadTransactionId(response.Root)
                ?? throw new Neo4jException(
                    "GovGraph.Neo4j.Protocol", "Neo4j opened a transaction but its answer carried no transaction id.");
            return new Neo4jTransaction(this, id, response.Affinity);
        }, ct);

    internal async Task<CypherResult> RunInTransactionAsync(
        string id, string? affinity, CypherStatement statement, CancellationToken ct)
    {
        var body = QueryApiJson.StatementBody(statement, null, []);
        var response = await SendAsync(HttpMethod.Post, TxPath(id), body, affinity, id, ct);
        return QueryApiJson.ReadResult(response.Root);
    }

    internal async Task CommitAsync(string id, string? affinity, CancellationToken ct)
    {
        var response = await SendAsync(HttpMethod.Post, TxPath(id) + "/commit", null, affinity, id, ct);
        RememberBookmarks(QueryApiJson.ReadBookmarks(response.Root));
    }

    internal Task RollbackAsync(string id, string? affinity, CancellationToken ct) =>
        SendAsync(HttpMethod.Delete, TxPath(id), null, affinity, id, ct);

    private string TxPath(string id) => $"{_queryPath}/tx/{Uri.EscapeDataString(id)}";

    private void RememberBookmarks(IReadOnlyList<string> bookmarks)
    {
        if (bookmarks.Count > 0)
        {
            Volatile.Write(ref _lastBookmarks, bookmarks);
        }
    }

    // Exponential backoff with jitter, capped at 5 s, on Neo4j's transient errors only (deadlocks, leader switches).
    private readonly ResiliencePipeline _retry = options.MaxRetries == 0
        ? ResiliencePipeline.Empty
        : new ResiliencePipelineBuilder().AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<Neo4jException>(ex => ex.IsTransient),
            MaxRetryAttempts = options.MaxRetries,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = options.RetryBaseDelay,
            MaxDelay = TimeSpan.FromSeconds(5),
        }).Build();

    private async Task<T> WithRetriesAsync<T>(Func<CancellationToken, Task<T>> attempt, CancellationToken ct) =>
        await _retry.ExecuteAsync(static async (state, token) => await state(token), attempt, ct);

    private async Task<ApiResponse> SendAsync(
        HttpMethod method, string url, byte[]? body, string? affinity, string? transactionId, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(options.RequestTimeout);
        using var request = new HttpRequestMessage(method, url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.Authorization = _auth;
        if (affinity is not null)
        {
            request.Headers.TryAddWithoutValidation(AffinityHeader, affinity);
        }

        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        HttpResponseMessage response;
        byte[] payload;
        try
        {
            response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            payload = await response.Content.ReadAsByteArrayAsync(timeout.Token);
        }
        catch (OperationCanceledException ex) when (!ct.IsCancellationRequested)
        {
            throw new Neo4jException(
                "GovGraph.Neo4j.Timeout",
                $"Neo4j at {options.Uri} did not answer within {options.RequestTimeout} (Neo4j:RequestTimeout).", ex);
        }
        catch (HttpRequestException ex)
        {
            throw new Neo4jException(
                "GovGraph.Neo4j.Unreachable",
                $"Cannot reach Neo4j at {options.Uri}: {ex.Message} Check Neo4j:Uri and that the server is up.", ex);
        }

        using (response)
        {
            JsonElement? root = null;
            if (payload.Length > 0)
            {
                try
                {
                    using var document = JsonDocument.Parse(payload);
                    root = document.RootElement.Clone();
                }
                catch (JsonException) when (!response.IsSuccessStatusCode)
                {
                    // An error page from a proxy in front of Neo4j; the status code below says enough.
                }
            }

            Throw(response.StatusCode, root, transactionId);
            var affinityBack = response.Headers.TryGetValues(AffinityHeader, out var values) ? values.FirstOrDefault() : null;
            return new ApiResponse(root, affinityBack);
        }
    }

    private void Throw(HttpStatusCode status, JsonElement? root, string? transactionId)
    {
        var error = QueryApiJson.ReadError(root);
        if (status == HttpStatusCode.Unauthorized)
        {
            throw new Neo4jException(
                error?.Code ?? "Neo.ClientError.Security.Unauthorized",
                $"Neo4j at {options.Uri} rejected the credentials ({error?.Message ?? "401 Unauthorized"}); " +
                "check Neo4j:User and Neo4j:Password.");
        }

        if (status == HttpStatusCode.NotFound && transactionId is not null)
        {
            throw new Neo4jException(
                error?.Code ?? "Neo.ClientError.Transaction.TransactionNotFound",
                $"The Neo4j transaction {transactionId} has expired or is unknown: Neo4j rolls back a transaction " +
                "after 60 s without a request (or a cluster member other than the one that opened it answered). " +
                "Run the whole transaction again.");
        }

        if (error is { } e)
        {
            throw new Neo4jException(e.Code, e.Message);
        }

        if ((int)status >= 400)
        {
            throw new Neo4jException(
                "GovGraph.Neo4j.HttpError", $"Neo4j at {options.Uri} answered {(int)status} {status} without an error body.");
        }
    }

    private static string Combine(Uri root, string relative) => root.AbsoluteUri.TrimEnd('/') + "/" + relative;

    private sealed record ApiResponse(JsonElement? Root, string? Affinity);
}
