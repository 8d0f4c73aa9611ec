using System.Text.Json;
using GovGraph.Api.Errors;
using GovGraph.Api.Security.ApiKeys;
using GovGraph.Api.Transport;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Net.Http.Headers;

namespace GovGraph.Api.Security;

/// <summary>
/// Establishes the caller of every request that reaches an endpoint, or refuses it: 401 without valid credentials,
/// 403 when the credentials name no known role. Fails closed: only endpoints marked <c>AllowAnonymous</c> (health)
/// and requests their <see cref="AnonymousWhen"/> accepts (the GraphiQL page) pass without a caller. A WebSocket
/// upgrade without credentials passes too: its client may send them in <c>connection_init</c>.
/// </summary>
internal sealed class CallerMiddleware(RequestDelegate next, ILogger<CallerMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context, CallerContext callers)
    {
        var endpoint = context.GetEndpoint();
        if (endpoint?.Metadata.GetMetadata<IAllowAnonymous>() is not null
            || endpoint?.Metadata.GetMetadata<AnonymousWhen>() is { } anonymous && anonymous.Allows(context))
        {
            await next(context);
            return;
        }

        if (Caller.From(context.User) is { } caller)
        {
            callers.Set(caller);
            await next(context);
            return;
        }

        if (context.User.Identity?.IsAuthenticated == true)
        {
            await RefuseAsync(context, StatusCodes.Status403Forbidden, ErrorCodes.Forbidden,
                "The credentials carry no known role (viewer, analyst, editor or admin).");
            return;
        }

        if (context.WebSockets.IsWebSocketRequest && !HasCredentials(context.Request))
        {
            await next(context);
            return;
        }

        await RefuseAsync(context, StatusCodes.Status401Unauthorized, ErrorCodes.Unauthenticated,
            "Valid credentials are required: a bearer token (Authorization: Bearer ...) or an API key (X-Api-Key).");
    }

    private static bool HasCredentials(HttpRequest request) =>
        request.Headers.ContainsKey(HeaderNames.Authorization) || request.Headers.ContainsKey(ApiKeyAuthenticationHandler.Header);

    private async Task RefuseAsync(HttpContext context, int statusCode, string code, string message)
    {
        AuthLog.Refused(logger, context.Request.Method, context.Request.Path, statusCode, code);
        var response = context.Response;
        response.StatusCode = statusCode;
        if (statusCode == StatusCodes.Status401Unauthorized)
        {
            response.Headers.WWWAuthenticate = "Bearer";
        }

        // GraphQL-shaped, so GraphQL clients show the message; the media type as GraphQL over HTTP would pick it.
        response.ContentType = AcceptNegotiator.SelectResponseType(context.Request.Headers.Accept) == GraphQLMediaTypes.GraphQLResponseJson
            ? GraphQLMediaTypes.GraphQLResponseJsonUtf8
            : GraphQLMediaTypes.JsonUtf8;
        var body = new { errors = new[] { new { message, extensions = new { code } } } };
        await JsonSerializer.SerializeAsync(response.Body, body, ResponseJson.SerializerOptions, context.RequestAborted);
    }
}
