using System.Globalization;
using System.Text.Json;
using System.Threading.RateLimiting;
using GovGraph.Api.Errors;
using GovGraph.Api.Transport;
using GraphQL;
using Microsoft.AspNetCore.RateLimiting;

namespace GovGraph.Api.Limits.RateLimiting;

/// <summary>What a caller over its rate gets: 429, <c>Retry-After</c> and a GraphQL-shaped error with <c>RATE_LIMITED</c>.</summary>
internal static class RateLimitRejection
{
    public const string Message = "Too many requests from this caller; retry after the Retry-After delay.";

    /// <summary>The error as a GraphQL result, for the WebSocket's per-operation refusal.</summary>
    public static ExecutionResult Result()
    {
        var result = new ExecutionResult();
        result.AddError(new ExecutionError(Message) { Code = ErrorCodes.RateLimited });
        return result;
    }

    public static async ValueTask WriteAsync(OnRejectedContext rejected, CancellationToken ct)
    {
        var response = rejected.HttpContext.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : 1;
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        response.ContentType = GraphQLMediaTypes.JsonUtf8;
        await using var writer = new Utf8JsonWriter(response.Body, ResponseJson.WriterOptions);
        writer.WriteStartObject();
        writer.WriteStartArray("errors");
        writer.WriteStartObject();
        writer.WriteString("message", Message);
        writer.WriteStartObject("extensions");
        writer.WriteString("code", ErrorCodes.RateLimited);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync(ct);
    }
}
