using System.Text.Json.Nodes;
using GovGraph.Api.Tests.Infrastructure;

namespace GovGraph.Api.Tests.Changes;

/// <summary>Sends one mutation and returns its payload, asserting the request itself raised no GraphQL error.</summary>
public static class Payloads
{
    public static async Task<JsonNode> MutateAsync(this HttpClient client, string mutation, object? variables = null)
    {
        var response = await client.PostAsync(mutation, variables);
        Assert.Equal(200, response.StatusCode);
        var data = response.AssertNoErrors().Data.AsObject();
        return Assert.Single(data).Value!;
    }

    /// <summary>The codes of a payload's errors.</summary>
    public static IReadOnlyList<string> ErrorCodes(this JsonNode payload) =>
        payload["errors"]!.AsArray().Select(e => e!["code"]!.GetValue<string>()).ToList();

    /// <summary>Asserts the payload was refused with one error of this code and field.</summary>
    public static JsonNode AssertRefused(this JsonNode payload, string code, string? field)
    {
        var error = Assert.Single(payload["errors"]!.AsArray())!;
        Assert.Equal((code, field), (error["code"]!.GetValue<string>(), error["field"]?.GetValue<string>()));
        return error;
    }

    public static JsonNode AssertAccepted(this JsonNode payload)
    {
        Assert.True(payload["errors"]!.AsArray().Count == 0, "Refused: " + payload.ToJsonString());
        return payload;
    }
}
