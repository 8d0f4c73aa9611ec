using System.Buffers;
using System.Globalization;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace GovGraph.Bench.Subscriptions;

/// <summary>
/// One graphql-transport-ws client holding one `changes` subscription: connection_init, ack, subscribe (with
/// `after` when resuming), then every `next` is recorded with the time it arrived. Written here against the
/// protocol text rather than a library, so the bench measures the server and nothing else.
/// </summary>
internal sealed class WsSubscriber(Uri endpoint, int index)
{
    private const string Document = "subscription($after: String) { changes(after: $after) { cursor at } }";

    private ClientWebSocket? _socket;

    public int Index { get; } = index;

    /// <summary>Every delivered cursor, in arrival order (duplicates kept, so they can be counted).</summary>
    public List<long> Cursors { get; } = [];

    /// <summary>Commit-to-delivery latency in ms of events delivered live (not replayed after a reconnect).</summary>
    public List<double> LiveLatencies { get; } = [];

    public int Reconnects { get; private set; }

    public string? Failure { get; private set; }

    private long LastCursor => Cursors.Count == 0 ? 0 : Cursors.Max();

    /// <summary>Handshakes the server refused or timed out (4408 under overload) before one succeeded, as a real client retries.</summary>
    public int HandshakeRetries { get; private set; }

    public async Task ConnectAsync(bool resume, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var socket = new ClientWebSocket();
            socket.Options.AddSubProtocol("graphql-transport-ws");
            socket.Options.KeepAliveInterval = TimeSpan.Zero;
            try
            {
                await socket.ConnectAsync(endpoint, ct);
                await SendAsync(socket, """{"type":"connection_init"}""", ct);
                using var ack = await ReceiveAsync(socket, ct);
                if (ack?.RootElement.GetProperty("type").GetString() == "connection_ack")
                {
                    await SubscribeAsync(socket, resume, ct);
                    return;
                }
            }
            catch (WebSocketException)
            {
                // Refused or cut during the handshake: try again, as below.
            }

            socket.Dispose();
            if (attempt == 20)
            {
                throw new InvalidOperationException($"Subscriber {Index}: no connection_ack after {attempt} attempts.");
            }

            HandshakeRetries++;
            await Task.Delay(TimeSpan.FromMilliseconds(250 * attempt), ct);
        }
    }

    private async Task SubscribeAsync(ClientWebSocket socket, bool resume, CancellationToken ct)
    {
        var after = LastCursor.ToString("D16", CultureInfo.InvariantCulture);
        var subscribe = JsonSerializer.Serialize(new
        {
            id = "1",
            type = "subscribe",
            payload = new { query = Document, variables = new { after = resume ? after : null } },
        });
        await SendAsync(socket, subscribe, ct);
        _socket = socket;
    }

    /// <summary>Reads until the socket closes or <paramref name="ct"/> ends; <paramref name="live"/> says whether arrivals count for latency.</summary>
    public async Task ReadAsync(Func<bool> live, CancellationToken ct)
    {
        var socket = _socket ?? throw new InvalidOperationException("Connect first.");
        try
        {
            while (!ct.IsCancellationRequested && socket.State == WebSocketState.Open)
            {
                using var message = await ReceiveAsync(socket, ct);
                if (message is null)
                {
                    return;
                }

                var root = message.RootElement;
                switch (root.GetProperty("type").GetString())
                {
                    case "next":
                        var change = root.GetProperty("payload").GetProperty("data").GetProperty("changes");
                        var cursor = long.Parse(change.GetProperty("cursor").GetString()!, CultureInfo.InvariantCulture);
                        var at = change.GetProperty("at").GetDateTimeOffset();
                        if (live())
                        {
                            LiveLatencies.Add((DateTimeOffset.UtcNow - at).TotalMilliseconds);
                        }

                        Cursors.Add(cursor);
                        break;
                    case "ping":
                        await SendAsync(socket, """{"type":"pong"}""", ct);
                        break;
                    case "error":
                        Failure = root.GetRawText();
                        return;
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
        catch (WebSocketException e)
        {
            Failure ??= e.Message;
        }
    }

    /// <summary>Drops the connection without a goodbye, as a client that loses its network does.</summary>
    public void Drop()
    {
        _socket?.Abort();
        _socket?.Dispose();
        _socket = null;
        Reconnects++;
    }

    public async Task CloseAsync()
    {
        if (_socket is { State: WebSocketState.Open } socket)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", timeout.Token);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
                // Closing is best effort at the end of a run.
            }
        }

        _socket?.Dispose();
    }

    private static Task SendAsync(ClientWebSocket socket, string text, CancellationToken ct) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, ct);

    private static async Task<JsonDocument?> ReceiveAsync(ClientWebSocket socket, CancellationToken ct)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        while (true)
        {
            var memory = buffer.GetMemory(4096);
            var result = await socket.ReceiveAsync(memory, ct);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            buffer.Advance(result.Count);
            if (result.EndOfMessage)
            {
                return JsonDocument.Parse(buffer.WrittenMemory);
            }
        }
    }
}
