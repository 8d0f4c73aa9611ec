using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GovGraph.Api.Tests.Transport;

/// <summary>A raw WebSocket to the in-memory API's /graphql, speaking graphql-transport-ws message by message.</summary>
public sealed class WsTestClient : IAsyncDisposable
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(15);

    private readonly WebSocket _socket;

    private WsTestClient(WebSocket socket) => _socket = socket;

    public WebSocketCloseStatus? CloseStatus => _socket.CloseStatus;

    public string? CloseReason => _socket.CloseStatusDescription;

    public string? SubProtocol => _socket.SubProtocol;

    /// <summary>Opens the socket; <paramref name="headers"/> go on the upgrade request (credentials, for instance).</summary>
    public static async Task<WsTestClient> ConnectAsync<T>(WebApplicationFactory<T> factory, string? subProtocol = "graphql-transport-ws",
        IReadOnlyDictionary<string, string>? headers = null)
        where T : class
    {
        var client = factory.Server.CreateWebSocketClient();
        if (subProtocol is not null)
        {
            client.SubProtocols.Add(subProtocol);
        }

        if (headers is not null)
        {
            client.ConfigureRequest = request =>
            {
                foreach (var (name, value) in headers)
                {
                    request.Headers[name] = value;
                }
            };
        }

        var socket = await client.ConnectAsync(new Uri(factory.Server.BaseAddress, "graphql"), CancellationToken.None);
        return new WsTestClient(socket);
    }

    /// <summary>Connects and completes the handshake (connection_init with <paramref name="payload"/>, connection_ack).</summary>
    public static async Task<WsTestClient> ConnectAndInitAsync<T>(WebApplicationFactory<T> factory, object? payload = null)
        where T : class
    {
        var client = await ConnectAsync(factory);
        await client.InitAsync(payload);
        Assert.Equal("connection_ack", (await client.ReceiveAsync())["type"]!.GetValue<string>());
        return client;
    }

    /// <summary>Sends connection_init, with <paramref name="payload"/> when there is one.</summary>
    public Task InitAsync(object? payload = null) =>
        SendAsync(payload is null
            ? """{"type":"connection_init"}"""
            : JsonSerializer.Serialize(new { type = "connection_init", payload }));

    public Task SendAsync(string text) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);

    /// <summary>Sends these exact bytes as one text message (hostile tests send invalid UTF-8).</summary>
    public Task SendBytesAsync(byte[] bytes) =>
        _socket.SendAsync(bytes, WebSocketMessageType.Text, true, CancellationToken.None);

    public Task SubscribeAsync(string id, string query, object? variables = null) =>
        SendAsync(JsonSerializer.Serialize(new { id, type = "subscribe", payload = new { query, variables } }));

    /// <summary>The next message; fails if the server closes instead.</summary>
    public async Task<JsonObject> ReceiveAsync()
    {
        var message = await ReceiveOrCloseAsync();
        Assert.True(message is not null, $"The server closed the socket: {CloseStatus} {CloseReason}");
        return message;
    }

    /// <summary>Waits for the server to close the socket, skipping nothing: any message first fails the test.</summary>
    public async Task<(int Code, string? Reason)> ExpectCloseAsync()
    {
        var message = await ReceiveOrCloseAsync();
        Assert.True(message is null, "Expected a close, got " + message?.ToJsonString());
        return ((int)CloseStatus!.Value, CloseReason);
    }

    /// <summary>The next message as the server wrote it (to check its encoding); fails if the server closes instead.</summary>
    public async Task<string> ReceiveTextAsync()
    {
        var message = await ReceiveTextOrCloseAsync();
        Assert.True(message is not null, $"The server closed the socket: {CloseStatus} {CloseReason}");
        return message;
    }

    private async Task<JsonObject?> ReceiveOrCloseAsync() =>
        await ReceiveTextOrCloseAsync() is { } text ? JsonNode.Parse(text)!.AsObject() : null;

    private async Task<string?> ReceiveTextOrCloseAsync()
    {
        using var guard = new CancellationTokenSource(Guard);
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer, guard.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                if (_socket.State == WebSocketState.CloseReceived)
                {
                    await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
                }

                return null;
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return Encoding.UTF8.GetString(message.ToArray());
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            try
            {
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, new CancellationTokenSource(TimeSpan.FromSeconds(5)).Token);
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
            {
                // The server went first.
            }
        }

        _socket.Dispose();
    }
}
