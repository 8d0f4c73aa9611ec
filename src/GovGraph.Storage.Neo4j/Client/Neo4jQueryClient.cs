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
/// <c>/db/{db}/query/v2</c>, explicit transactions on <c>/db/{db}/query/v2/tx</c> (of <see cref="Neo4jOptions.WriteUri"/>
/// when set). Retries transient errors of auto-commit statements and of BEGIN, and whole write units
/// (<see cref="WriteAsync{T}"/>); a statement inside an open transaction is never retried on its own.
/// </summary>
public sealed class Neo4jQueryClient(HttpClient http, Neo4jOptions options) : ICypherRunner
{
    internal const string AffinityHeader = "neo4j-cluster-affinity";

    private static readonly byte[] EmptyObject = "{}"u8.ToArray();

    private readonly string _queryPath = QueryPath(options.Uri, options.Database);
    private readonly string _txPath = QueryPath(options.WriteUri ?? options.Uri, options.Database) + "/tx";
    private readonly AuthenticationHeaderValue? _auth = options.BearerToken is { } token
        ? new AuthenticationHeaderValue("Bearer", token)
        : options.User is null
            ? null
            : new AuthenticationHeaderValue(
                "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{options.Password}")));

    // The process serves many requests: each one's bookmark replaces only those it started from (see BookmarkChain).
    private readonly BookmarkChain _bookmarks = new();

    internal IReadOnlyList<string> Bookmarks => _bookmarks.Current;

    public Task<CypherResult> RunAsync(CypherStatement statement, AccessMode mode, CancellationToken ct) =>
        WithRetriesAsync(async attemptCt =>
        {
            var startedFrom = _bookmarks.Current;
            var body = QueryApiJson.StatementBody(statement, mode, startedFrom);
            var response = await SendAsync(HttpMethod.Post, _queryPath, body, tx: null, attemptCt);
            var result = QueryApiJson.ReadResult(response.Root);
            _bookmarks.Advance(startedFrom, result.Bookmarks);
            return result;
        }, ct);

    public async Task<ICypherTransaction> BeginAsync(CancellationToken ct) =>
        await WithRetriesAsync(BeginOnceAsync, ct);

    public Task<T> WriteAsync<T>(Func<ICypherTransaction, CancellationToken, Task<T>> unit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return _unitRetry.ExecuteAsync(
            static async (state, token) =>
            {
                await using var tx = await state.Client.BeginOnceAsync(token);
                var value = await state.Unit(tx, token);

                // Once the unit is done its commit is not cancelled halfway (that would leave the outcome unknown).
                await tx.CommitAsync(CancellationToken.None);
                return value;
            },
            (Client: this, Unit: unit),
            ct).AsTask();
    }

    private async Task<Neo4jTransaction> BeginOnceAsync(CancellationToken ct)
    {
        var startedFrom = _bookmarks.Current;
        var body = QueryApiJson.StatementBody(null, null, startedFrom);
        var response = await SendAsync(HttpMethod.Post, _txPath, body, tx: null, ct);
        var id = QueryApiJson.ReadTransactionId(response.Root)
            ?? throw new Neo4jException(
                "GovGraph.Neo4j.Protocol", "Neo4j opened a transaction but its answer carried no transaction id.");
        return new Neo4jTransaction(
            this, new TransactionRef(id, response.Affinity, QueryApiJson.ReadTransactionExpiry(response.Root)), startedFrom);
    }

    internal async Task<(CypherResult Result, DateTimeOffset? Expires)> RunInTransactionAsync(
        TransactionRef tx, CypherStatement statement, CancellationToken ct)
    {
        var body = QueryApiJson.StatementBody(statement, null, []);
        var response = await SendAsync(HttpMethod.Post, TxPath(tx), body, tx, ct);
        return (QueryApiJson.ReadResult(response.Root), QueryApiJson.ReadTransactionExpiry(response.Root));
    }

    internal async Task CommitAsync(TransactionRef tx, IReadOnlyList<string> startedFrom, CancellationToken ct)
    {
        var response = await SendAsync(HttpMethod.Post, TxPath(tx) + "/commit", EmptyObject, tx, ct);
        _bookmarks.Advance(startedFrom, QueryApiJson.ReadBookmarks(response.Root));
    }

    /// <summary>
    /// Rolls back until the server confirms (200) or no longer has the transaction (404): a transaction left open after a
    /// timeout keeps its locks, the change-log counter's among them, and stalls every writer until it expires.
    /// </summary>
    internal async Task<bool> RollbackReliablyAsync(TransactionRef tx)
    {
        for (var attempt = 0; attempt < options.RollbackAttempts; attempt++)
        {
            if (attempt > 0)
            {
                await Task.Delay(options.RetryBaseDelay * Math.Pow(2, attempt - 1), CancellationToken.None);
            }

            try
            {
                // Deliberately not the caller's token: a cancelled request is exactly when the rollback matters.
                await SendAsync(HttpMethod.Delete, TxPath(tx), null, tx, CancellationToken.None);
                return true;
            }
            catch (Neo4jException ex) when (ex.TransactionGone)
            {
                return true;
            }
            catch (Neo4jException)
            {
                // Timed out, unreachable, or a proxy's error page: the transaction may still be open, so ask again.
            }
        }

        // NOTE: after RollbackAttempts failures the server rolls the transaction back itself when it expires.
        return false;
    }

    private string TxPath(TransactionRef tx) => $"{_txPath}/{Uri.EscapeDataString(tx.Id)}";

    // Exponential backoff with jitter, capped at 5 s, on Neo4j's transient errors only (deadlocks, leader switches).
    private readonly ResiliencePipeline _retry = Retry(options, ex => ex.IsTransient);

    // A whole unit also runs again when its transaction was dropped before commit or its member can no longer write.
    private readonly ResiliencePipeline _unitRetry = Retry(options, ex => ex.RetriesUnit);

    private static ResiliencePipeline Retry(Neo4jOptions options, Func<Neo4jException, bool> retryable) =>
        options.MaxRetries == 0
            ? ResiliencePipeline.Empty
            : new ResiliencePipelineBuilder().AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Neo4jException>(retryable),
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = TimeSpan.FromSeconds(5),
            }).Build();

    private async Task<T> WithRetriesAsync<T>(Func<CancellationToken, Task<T>> attempt, CancellationToken ct) =>
        await _retry.ExecuteAsync(static async (state, token) => await state(token), attempt, ct);

    private async Task<ApiResponse> SendAsync(
        HttpMethod method, string url, byte[]? body, TransactionRef? tx, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(options.RequestTimeout);
        using var request = new HttpRequestMessage(method, url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.Authorization = _auth;
        if (tx?.Affinity is { } affinity)
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

            Throw(response.StatusCode, root, tx);
            var affinityBack = response.Headers.TryGetValues(AffinityHeader, out var values) ? values.FirstOrDefault() : null;
            return new ApiResponse(root, affinityBack);
        }
    }

    private void Throw(HttpStatusCode status, JsonElement? root, TransactionRef? tx)
    {
        var error = QueryApiJson.ReadError(root);
        if (status == HttpStatusCode.Unauthorized)
        {
            throw new Neo4jException(
                error?.Code ?? "Neo.ClientError.Security.Unauthorized",
                $"Neo4j at {options.Uri} rejected the credentials ({error?.Message ?? "401 Unauthorized"}); " +
                "check Neo4j:User and Neo4j:Password (or Neo4j:BearerToken).");
        }

        if (status == HttpStatusCode.NotFound && tx is not null)
        {
            var expiry = tx.Expires is { } at ? $"it was due to expire at {at:O}" : "the server gave no expiry";
            var member = options.WriteUri is null
                ? " Behind a load balancer without sticky sessions, set Neo4j:WriteUri to one cluster member."
                : "";
            throw new Neo4jException(
                error?.Code ?? "Neo.ClientError.Request.Invalid",
                $"The Neo4j transaction {tx.Id} has expired or is unknown ({expiry}): Neo4j rolls back a transaction " +
                "left idle past its expiry, or after one of its statements failed, and only the member that opened " +
                $"it knows it.{member}")
            {
                TransactionGone = true,
            };
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

    private static string QueryPath(Uri root, string database) =>
        root.AbsoluteUri.TrimEnd('/') + $"/db/{Uri.EscapeDataString(database)}/query/v2";

    private sealed record ApiResponse(JsonElement? Root, string? Affinity);
}

/// <summary>What every request of one open transaction carries: its id, its cluster affinity, its last known expiry.</summary>
internal sealed record TransactionRef(string Id, string? Affinity, DateTimeOffset? Expires);
