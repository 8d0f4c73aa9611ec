using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GovGraph.Bench;

/// <summary>Posts GraphQL requests to the API over one kept-alive connection and reads each body in full.</summary>
internal sealed class GraphQLClient(Uri baseAddress, string? bearer = null) : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { MaxConnectionsPerServer = 1 })
    {
        BaseAddress = baseAddress,
        Timeout = TimeSpan.FromMinutes(2),
    };

    /// <summary>The raw response body; throws unless the status is 200.</summary>
    public async Task<byte[]> PostAsync(string query, bool trace, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        if (trace)
        {
            request.Headers.Add("X-GovGraph-Trace", "1");
        }

        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
        var body = await response.Content.ReadAsByteArrayAsync(ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"HTTP {(int)response.StatusCode}: {Encoding.UTF8.GetString(body)}");
        }

        return body;
    }

    /// <summary>The response parsed, failing on GraphQL errors (a benchmark of an error is no benchmark).</summary>
    public async Task<JsonObject> PostCheckedAsync(string query, bool trace, CancellationToken ct)
    {
        var body = JsonNode.Parse(await PostAsync(query, trace, ct))!.AsObject();
        if (body["errors"] is JsonArray { Count: > 0 } errors)
        {
            throw new InvalidOperationException($"GraphQL errors: {errors.ToJsonString()}");
        }

        return body;
    }

    public void Dispose() => _http.Dispose();
}
