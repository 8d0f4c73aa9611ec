using System.Net;
using System.Text.Json;

namespace GovGraph.Api.Tests.Transport;

/// <summary>Assertions on GraphQL-over-HTTP responses shared by the transport tests.</summary>
internal static class GraphQLResponseAssert
{
    public const string Json = "application/json";
    public const string GraphQLResponseJson = "application/graphql-response+json";

    /// <summary>
    /// A GraphQL-shaped error body with the given status, media type and first error code, no data entry and
    /// nothing that looks like exception details; then the server must still answer its liveness probe.
    /// </summary>
    public static async Task<JsonElement> ErrorAsync(HttpClient client, HttpResponseMessage response,
        HttpStatusCode status, string mediaType, string code)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        NoExceptionDetails(body);

        using var document = JsonDocument.Parse(body);
        var root = document.RootElement.Clone();
        Assert.False(root.TryGetProperty("data", out _), $"an error before execution has no data entry: {body}");
        var errors = root.GetProperty("errors");
        Assert.True(errors.GetArrayLength() > 0);
        var first = errors[0];
        Assert.False(string.IsNullOrWhiteSpace(first.GetProperty("message").GetString()));
        Assert.Equal(code, first.GetProperty("extensions").GetProperty("code").GetString());

        await StillLiveAsync(client);
        return root;
    }

    /// <summary>A 200 with the media type and a data entry; returns the parsed body.</summary>
    public static async Task<JsonElement> DataAsync(HttpResponseMessage response, string mediaType)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"expected 200, got {(int)response.StatusCode}: {body}");
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement.Clone();
        Assert.Equal(JsonValueKind.Object, root.GetProperty("data").ValueKind);
        return root;
    }

    public static void NoExceptionDetails(string body)
    {
        Assert.DoesNotContain("   at ", body);
        Assert.DoesNotContain("Exception", body);
        Assert.DoesNotContain("stackTrace", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\"details\"", body);
        Assert.DoesNotContain(".cs:line", body);
    }

    public static async Task StillLiveAsync(HttpClient client)
    {
        var live = await client.GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }
}
