using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GovGraph.Api.Tests.Hostile;

/// <summary>
/// Sends one hostile request and checks what every case shares: a status below 500 within
/// <see cref="HostileAssert.Patience"/>, then <see cref="HostileAssert.HarmlessAsync"/> (no internals in the body,
/// no data change, still live). The case then looks at the <see cref="HostileAnswer"/> itself.
/// </summary>
internal sealed class HostileClient
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string EventStream = "text/event-stream";

    private readonly WebApplicationFactory<Program> _factory;
    private readonly HttpClient _client;

    public HostileClient(WebApplicationFactory<Program> factory)
    {
        _factory = factory;
        _client = factory.CreateClient();
        _client.Timeout = TimeSpan.FromSeconds(60);
    }

    public WebApplicationFactory<Program> Factory => _factory;

    /// <summary>A GraphQL POST with a well-formed JSON body.</summary>
    public Task<HostileAnswer> PostAsync(string query, object? variables = null, string accept = GraphQLResponseJson) =>
        PostBodyAsync(JsonSerializer.Serialize(new { query, variables }), accept);

    /// <summary>A POST of this exact text as an application/json body.</summary>
    public Task<HostileAnswer> PostBodyAsync(string body, string accept = GraphQLResponseJson) =>
        PostBytesAsync(Encoding.UTF8.GetBytes(body), accept);

    /// <summary>A POST of these exact bytes as an application/json body.</summary>
    public Task<HostileAnswer> PostBytesAsync(byte[] body, string accept = GraphQLResponseJson) =>
        SendAsync(() =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(body) };
            request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
            request.Headers.TryAddWithoutValidation("Accept", accept);
            return request;
        });

    /// <summary>A GET of this exact path and query string (already percent-encoded).</summary>
    public Task<HostileAnswer> GetAsync(string pathAndQuery, string accept = GraphQLResponseJson) =>
        SendAsync(() =>
        {
            var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
            request.Headers.TryAddWithoutValidation("Accept", accept);
            return request;
        });

    public async Task<HostileAnswer> SendAsync(Func<HttpRequestMessage> create)
    {
        var before = await StoreMark.ReadAsync(_factory);
        using var request = create();
        var clock = Stopwatch.StartNew();
        using var response = await _client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        clock.Stop();

        var status = (int)response.StatusCode;
        Assert.True(status < 500, $"{status} for a hostile request: {HostileAssert.Shorten(body)}");
        Assert.True(clock.Elapsed < HostileAssert.Patience, $"The answer took {clock.Elapsed}: {HostileAssert.Shorten(body)}");
        await HostileAssert.HarmlessAsync(_factory, _client, before, body);
        return new HostileAnswer(status, response.Content.Headers.ContentType?.MediaType, body, clock.Elapsed);
    }
}
