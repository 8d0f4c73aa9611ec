using System.Buffers;
using System.Net.WebSockets;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using GovGraph.Api.Changes.Feed;
using GovGraph.Api.Errors;
using GovGraph.Api.Limits.RateLimiting;
using GovGraph.Api.Security;
using GraphQL;
using GraphQLParser.AST;

namespace GovGraph.Api.Transport.WebSockets;

/// <summary>
/// One graphql-transport-ws connection: the handshake (<c>connection_init</c> within the timeout, one only),
/// ping/pong, and the operations it runs, each sending <c>next</c>s then <c>complete</c> (or one <c>error</c> when
/// the request never reached execution). Protocol violations close the socket with the protocol's code.
/// </summary>
internal sealed class GraphQLWebSocketConnection(
    WebSocket socket,
    HttpContext context,
    GraphQLExecutor executor,
    ConnectionInitAuthenticator authenticator,
    CallerRateLimiter rateLimiter,
    IGraphQLTextSerializer serializer,
    GraphQLOptions options,
    ILogger logger)
{
    /// <summary>How long the server waits for the client's close frame after sending its own.</summary>
    private static readonly TimeSpan CloseHandshakeTimeout = TimeSpan.FromSeconds(5);

    private static readonly JsonDocumentOptions JsonOptions = new() { MaxDepth = 64 };

    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly Lock _gate = new();
    private readonly Dictionary<string, CancellationTokenSource> _operations = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _receiving = new();
    private ClaimsPrincipal? _user;
    private bool _initReceived;
    private bool _acknowledged;
    private int _closing;

    /// <summary>Closes a connection that cannot speak the protocol at all.</summary>
    public async Task RefuseAsync(int code, string reason)
    {
        await CloseAsync(code, reason);
        await DrainAsync();
    }

    public async Task RunAsync(CancellationToken stopping)
    {
        using var onStop = stopping.Register(() => _ = CloseAsync(GraphQLWsCloseCodes.GoingAway, "Server is shutting down"));
        using var onAbort = context.RequestAborted.Register(_receiving.Cancel);
        _ = CloseUnlessInitialisedAsync();
        try
        {
            await ReceiveLoopAsync();
        }
        finally
        {
            CancelOperations();
            _receiving.Cancel();
        }
    }

    private async Task ReceiveLoopAsync()
    {
        var buffer = new ArrayBufferWriter<byte>();
        while (true)
        {
            buffer.Clear();
            ValueWebSocketReceiveResult received;
            var tooLarge = false;
            try
            {
                do
                {
                    received = await socket.ReceiveAsync(buffer.GetMemory(16 * 1024), _receiving.Token);
                    buffer.Advance(received.Count);
                    if (buffer.WrittenCount > options.MaxBodyBytes)
                    {
                        tooLarge = true;
                        break;
                    }
                }
                while (!received.EndOfMessage && received.MessageType != WebSocketMessageType.Close);
            }
            catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
            {
                // The client went away, or never answered our close: nothing more to read.
                return;
            }

            if (tooLarge)
            {
                await CloseAsync(GraphQLWsCloseCodes.BadRequest, "Invalid message received: larger than GraphQL:MaxBodyBytes");
                continue;
            }

            if (received.MessageType == WebSocketMessageType.Close)
            {
                // The client closed (or answered our close): complete the handshake and stop.
                await CloseAsync(GraphQLWsCloseCodes.GoingAway, "", echo: true);
                return;
            }

            if (Volatile.Read(ref _closing) != 0)
            {
                continue;
            }

            await HandleMessageAsync(buffer.WrittenMemory);
        }
    }

    private async Task HandleMessageAsync(ReadOnlyMemory<byte> message)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(message, JsonOptions);
        }
        catch (JsonException)
        {
            await CloseAsync(GraphQLWsCloseCodes.BadRequest, "Invalid message received: not JSON");
            return;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("type", out var typeElement) || typeElement.ValueKind != JsonValueKind.String)
            {
                await CloseAsync(GraphQLWsCloseCodes.BadRequest, "Invalid message received: no 'type'");
                return;
            }

            switch (typeElement.GetString())
            {
                case "connection_init":
                    await OnConnectionInitAsync(root);
                    break;
                case "ping":
                    await SendAsync(w => w.WriteString("type", "pong"));
                    break;
                case "pong":
                    // An answer to a ping we never need to track.
                    break;
                case "subscribe":
                    await OnSubscribeAsync(root);
                    break;
                case "complete":
                    OnComplete(root);
                    break;
                default:
                    await CloseAsync(GraphQLWsCloseCodes.BadRequest, "Invalid message received: unknown 'type'");
                    break;
            }
        }
    }

    private async Task OnConnectionInitAsync(JsonElement root)
    {
        if (root.TryGetProperty("payload", out var payload) && payload.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
        {
            await CloseAsync(GraphQLWsCloseCodes.BadRequest, "Invalid message received: 'payload' must be an object");
            return;
        }

        lock (_gate)
        {
            if (_initReceived)
            {
                _ = CloseAsync(GraphQLWsCloseCodes.TooManyInitialisationRequests, "Too many initialisation requests");
                return;
            }

            _initReceived = true;
        }

        // Credentials in the payload hold for the whole connection; without any, the upgrade's do.
        var user = await authenticator.AuthenticateAsync(context.User, payload, context.Connection.RemoteIpAddress);
        if (user is null)
        {
            await CloseAsync(GraphQLWsCloseCodes.Forbidden, "Forbidden");
            return;
        }

        lock (_gate)
        {
            _user = user;
        }

        await SendAsync(w => w.WriteString("type", "connection_ack"));
        lock (_gate)
        {
            _acknowledged = true;
        }
    }

    private async Task OnSubscribeAsync(JsonElement root)
    {
        if (!root.TryGetProperty("id", out var idElement) || idElement.ValueKind != JsonValueKind.String
            || idElement.GetString() is not { Length: > 0 } id)
        {
            await CloseAsync(GraphQLWsCloseCodes.BadRequest, "Invalid message received: 'id' must be a non-empty string");
            return;
        }

        if (!root.TryGetProperty("payload", out var payload) || payload.ValueKind != JsonValueKind.Object)
        {
            await CloseAsync(GraphQLWsCloseCodes.BadRequest, "Invalid message received: 'payload' must be an object");
            return;
        }

        var (request, error) = GraphQLRequestReader.FromJson(payload, serializer);
        if (request is null || error is not null)
        {
            await CloseAsync(GraphQLWsCloseCodes.BadRequest, "Invalid message received: " + Truncate(error?.Message ?? "bad payload"));
            return;
        }

        var operation = CancellationTokenSource.CreateLinkedTokenSource(_receiving.Token);
        lock (_gate)
        {
            if (!_acknowledged)
            {
                operation.Dispose();
                _ = CloseAsync(GraphQLWsCloseCodes.Unauthorized, "Unauthorized");
                return;
            }

            if (!_operations.TryAdd(id, operation))
            {
                operation.Dispose();
                _ = CloseAsync(GraphQLWsCloseCodes.SubscriberAlreadyExists, Truncate($"Subscriber for {id} already exists"));
                return;
            }
        }

        // Operations run beside the receive loop, so a client can complete one while it streams.
        _ = RunOperationAsync(id, request, operation);
    }

    private void OnComplete(JsonElement root)
    {
        if (!root.TryGetProperty("id", out var idElement) || idElement.ValueKind != JsonValueKind.String)
        {
            _ = CloseAsync(GraphQLWsCloseCodes.BadRequest, "Invalid message received: 'id' must be a string");
            return;
        }

        CancellationTokenSource? operation;
        lock (_gate)
        {
            _operations.Remove(idElement.GetString()!, out operation);
        }

        operation?.Cancel();
    }

    private async Task RunOperationAsync(string id, GraphQLHttpRequest request, CancellationTokenSource operation)
    {
        var ct = operation.Token;
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var results = 0;
        ExecutionResult? result = null;
        // Each operation gets its own scope: the connection's would share batch loaders (and what they cached)
        // between every query the client sends over its lifetime.
        await using var scope = context.RequestServices.CreateAsyncScope();
        ClaimsPrincipal user;
        lock (_gate)
        {
            // Set by the handshake: operations run only on an acknowledged connection.
            user = _user ?? context.User;
        }

        try
        {
            scope.ServiceProvider.EstablishCaller(user);

            // Each operation spends from the caller's bucket, as a request would: one upgrade is not a licence
            // for unlimited operations.
            if (!rateLimiter.TryAcquireOperation(context, user))
            {
                await SendErrorsAsync(id, RateLimitRejection.Result());
                return;
            }

            var window = new DeliveryWindow();
            result = await executor.ExecuteAsync(request, scope.ServiceProvider, user, ct, window);
            if (result.Streams is { Count: > 0 } streams)
            {
                await foreach (var next in executor.ReadStreamAsync(streams.Values.First(), window, ct))
                {
                    await SendResultAsync(id, "next", next);
                    results++;
                }
            }
            else
            {
                UnhandledErrorMasking.Mask(result);
                if (!result.Executed && result.Errors is { Count: > 0 })
                {
                    // The request never ran (parse, validation, a refused subscribe): one error message ends it.
                    await SendErrorsAsync(id, result);
                    return;
                }

                await SendResultAsync(id, "next", result);
                results++;
            }

            if (!ct.IsCancellationRequested)
            {
                await SendAsync(w =>
                {
                    w.WriteString("id", id);
                    w.WriteString("type", "complete");
                });
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The client completed the operation or the connection went away: nothing more to send.
        }
        catch (Exception ex)
        {
            GraphQLHttpLog.UnhandledException(logger, ex, "websocket", id);
            await CloseAsync(GraphQLWsCloseCodes.InternalServerError, "Internal server error");
        }
        finally
        {
            GraphQLHttpLog.StreamEnded(logger, "ws", result?.Operation?.Operation.ToString().ToLowerInvariant() ?? "-",
                result?.Operation?.Name?.StringValue ?? request.OperationName ?? "(anonymous)", results,
                Math.Round(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds, 2));
            lock (_gate)
            {
                if (_operations.TryGetValue(id, out var current) && current == operation)
                {
                    _operations.Remove(id);
                }
            }

            operation.Dispose();
        }
    }

    private Task SendResultAsync(string id, string type, ExecutionResult result)
    {
        var payload = SerializedExecutionResult.TextOf(result, serializer);
        return SendAsync(w =>
        {
            w.WriteString("id", id);
            w.WriteString("type", type);
            w.WritePropertyName("payload");
            w.WriteRawValue(payload, skipInputValidation: true);
        });
    }

    private Task SendErrorsAsync(string id, ExecutionResult result)
    {
        using var serialized = JsonDocument.Parse(serializer.Serialize(result));
        var errors = serialized.RootElement.GetProperty("errors").GetRawText();
        return SendAsync(w =>
        {
            w.WriteString("id", id);
            w.WriteString("type", "error");
            w.WritePropertyName("payload");
            w.WriteRawValue(errors, skipInputValidation: true);
        });
    }

    private async Task SendAsync(Action<Utf8JsonWriter> writeProperties)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, ResponseJson.WriterOptions))
        {
            writer.WriteStartObject();
            writeProperties(writer);
            writer.WriteEndObject();
        }

        await _sendLock.WaitAsync();
        try
        {
            if (Volatile.Read(ref _closing) == 0 && socket.State == WebSocketState.Open)
            {
                await socket.SendAsync(buffer.WrittenMemory, WebSocketMessageType.Text, endOfMessage: true, context.RequestAborted);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            // The client is gone; the receive loop notices and ends the connection.
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Sends our close frame once (or answers the client's), stops every operation and bounds the wait for the reply.</summary>
    private async Task CloseAsync(int code, string reason, bool echo = false)
    {
        if (Interlocked.Exchange(ref _closing, 1) != 0)
        {
            return;
        }

        if (!echo)
        {
            GraphQLHttpLog.WebSocketClosed(logger, code, reason);
        }

        CancelOperations();
        await _sendLock.WaitAsync();
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                var status = echo ? socket.CloseStatus ?? WebSocketCloseStatus.NormalClosure : (WebSocketCloseStatus)code;
                await socket.CloseOutputAsync(status, echo ? socket.CloseStatusDescription : reason, CancellationToken.None);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // Already gone.
        }
        finally
        {
            _sendLock.Release();
        }

        if (!echo)
        {
            _receiving.CancelAfter(CloseHandshakeTimeout);
        }
    }

    /// <summary>Reads until the client's close frame (or the timeout) after a refusal, so the close handshake completes.</summary>
    private async Task DrainAsync()
    {
        var buffer = new byte[1024];
        try
        {
            while (socket.State == WebSocketState.CloseSent)
            {
                await socket.ReceiveAsync(buffer, _receiving.Token);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // The client never answered; the socket is aborted on dispose.
        }
    }

    private async Task CloseUnlessInitialisedAsync()
    {
        try
        {
            await Task.Delay(options.ConnectionInitTimeout, _receiving.Token);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        bool initialised;
        lock (_gate)
        {
            initialised = _initReceived;
        }

        if (!initialised)
        {
            await CloseAsync(GraphQLWsCloseCodes.ConnectionInitialisationTimeout, "Connection initialisation timeout");
        }
    }

    private void CancelOperations()
    {
        List<CancellationTokenSource> running;
        lock (_gate)
        {
            running = [.. _operations.Values];
            _operations.Clear();
        }

        foreach (var operation in running)
        {
            try
            {
                operation.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // It finished meanwhile.
            }
        }
    }

    /// <summary>A close reason holds at most 123 bytes.</summary>
    private static string Truncate(string reason)
    {
        if (Encoding.UTF8.GetByteCount(reason) <= 123)
        {
            return reason;
        }

        var cut = reason.Length;
        while (Encoding.UTF8.GetByteCount(reason.AsSpan(0, cut)) > 120)
        {
            cut--;
        }

        return reason[..cut] + "...";
    }
}
