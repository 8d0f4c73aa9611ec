using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GovGraph.Api.Tests.Infrastructure;

/// <summary>Posts GraphQL requests to the in-memory API and returns the parsed response.</summary>
public static class GraphQLClient
{
    public static async Task<GraphQLResponse> PostAsync(
        this HttpClient client,
        string query,
        object? variables = null,
        bool trace = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query, variables }),
        };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        if (trace)
        {
            request.Headers.Add("X-GovGraph-Trace", "1");
        }

        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return new GraphQLResponse((int)response.StatusCode, JsonNode.Parse(body)!.AsObject());
    }
}

/// <summary>A GraphQL response: status code and body, with helpers for the parts tests look at.</summary>
public sealed record GraphQLResponse(int StatusCode, JsonObject Body)
{
    public JsonNode Data => Body["data"] ?? throw new InvalidOperationException("No data: " + Body.ToJsonString());

    public JsonArray? Errors => Body["errors"]?.AsArray();

    public IReadOnlyList<string?> ErrorCodes =>
        Errors?.Select(e => e?["extensions"]?["code"]?.GetValue<string>()).ToList() ?? [];

    public int StoreCalls => Body["extensions"]?["storeCalls"]?.GetValue<int>()
        ?? throw new InvalidOperationException("No storeCalls extension: " + Body.ToJsonString());

    /// <summary>The data, indented, for snapshots.</summary>
    public string DataJson => Data.ToJsonString(new JsonSerializerOptions
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public GraphQLResponse AssertNoErrors()
    {
        Assert.True(Errors is null, "Unexpected errors: " + Errors?.ToJsonString());
        return this;
    }
}
