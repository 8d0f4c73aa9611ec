using System.Text.Json;
using System.Text.Json.Nodes;

namespace GovGraph.Api.Tests.Hostile;

/// <summary>
/// One answer to a hostile request. Its GraphQL payloads are the body itself, or each <c>data:</c> line of a
/// Server-Sent Events stream.
/// </summary>
internal sealed record HostileAnswer(int Status, string? MediaType, string Body, TimeSpan Took)
{
    public bool IsEventStream => MediaType == "text/event-stream";

    public IReadOnlyList<JsonObject> Payloads => IsEventStream
        ? Body.Split('\n').Where(l => l.StartsWith("data: ", StringComparison.Ordinal)).Select(l => Parse(l[6..])).ToList()
        : [Parse(Body)];

    public JsonObject Json => Payloads.Single();

    /// <summary>Every error code of every payload.</summary>
    public IReadOnlyList<string?> Codes => Payloads
        .SelectMany(p => p["errors"]?.AsArray() ?? [])
        .Select(e => e?["extensions"]?["code"]?.GetValue<string>())
        .ToList();

    public JsonNode? Data => Json["data"];

    /// <summary>
    /// The clean outcome every case needs: each payload either has errors, every one with a message and a non-empty
    /// stable code, or has data and no errors at all.
    /// </summary>
    public HostileAnswer AssertClean()
    {
        Assert.True(Payloads.Count > 0, "No GraphQL payload in: " + HostileAssert.Shorten(Body));
        foreach (var payload in Payloads)
        {
            if (payload["errors"] is JsonArray errors)
            {
                Assert.NotEmpty(errors);
                foreach (var error in errors)
                {
                    Assert.False(string.IsNullOrWhiteSpace(error?["message"]?.GetValue<string>()), "An error without a message: " + error?.ToJsonString());
                    var code = error?["extensions"]?["code"]?.GetValue<string>();
                    Assert.True(!string.IsNullOrWhiteSpace(code), "An error without a stable code: " + error?.ToJsonString());
                }
            }
            else
            {
                Assert.True(payload["data"] is JsonObject, "Neither errors nor data: " + HostileAssert.Shorten(payload.ToJsonString()));
            }
        }

        return this;
    }

    /// <summary>Clean, and refused with codes only from <paramref name="allowed"/>.</summary>
    public HostileAnswer AssertRefused(params string[] allowed)
    {
        AssertClean();
        Assert.True(Codes.Count > 0, "Expected a refusal, got: " + HostileAssert.Shorten(Body));
        Assert.All(Codes, c => Assert.True(allowed.Contains(c), $"Code {c} is not one of {string.Join(", ", allowed)}: {HostileAssert.Shorten(Body)}"));
        return this;
    }

    /// <summary>Clean, and either answered without errors or refused with codes only from <paramref name="allowed"/>.</summary>
    public HostileAnswer AssertAnsweredOrRefused(params string[] allowed)
    {
        AssertClean();
        Assert.All(Codes, c => Assert.True(allowed.Contains(c), $"Code {c} is not one of {string.Join(", ", allowed)}: {HostileAssert.Shorten(Body)}"));
        return this;
    }

    /// <summary>Clean and without errors.</summary>
    public HostileAnswer AssertAnswered()
    {
        AssertClean();
        Assert.True(Codes.Count == 0, "Unexpected errors: " + HostileAssert.Shorten(Body));
        return this;
    }

    private static JsonObject Parse(string json)
    {
        try
        {
            return JsonNode.Parse(json) as JsonObject ?? throw new JsonException("not an object");
        }
        catch (JsonException ex)
        {
            Assert.Fail($"Not a JSON object ({ex.Message}): {HostileAssert.Shorten(json)}");
            throw;
        }
    }
}
