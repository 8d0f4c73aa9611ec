using System.Diagnostics;
using GovGraph.Api.Diagnostics;
using GovGraph.Api.Errors;
using GovGraph.Api.Transport.ServerSentEvents;
using GovGraph.Api.Transport.WebSockets;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace GovGraph.Api.Transport;

/// <summary>
/// GraphQL over HTTP (graphql-over-http draft): GET for queries, POST with a JSON body, Accept negotiation between
/// <c>application/graphql-response+json</c> and <c>application/json</c>, and the spec's status codes for each.
/// </summary>
internal sealed class GraphQLHttpEndpoint(
    IOptions<GraphQLOptions> options,
    GraphiQLPage graphiQL,
    GraphQLExecutor executor,
    GraphQLWebSocketEndpoint webSockets,
    GraphQLSseEndpoint serverSentEvents,
    ILogger<GraphQLHttpEndpoint> logger)
{
    /// <summary>Request header that asks for <c>extensions.storeCalls</c> and <c>extensions.elapsedMs</c>.</summary>
    public const string TraceHeader = "X-GovGraph-Trace";

    public async Task HandleAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        var request = context.Request;
        try
        {
            // One URL for every transport: the upgrade or the Accept header picks the protocol.
            if (context.WebSockets.IsWebSocketRequest)
            {
                await webSockets.HandleAsync(context);
                return;
            }

            // A client that prefers a stream gets one for any operation; one that prefers JSON gets JSON for queries
            // and mutations, and a stream for a subscription only below, once the operation is known.
            if (AcceptNegotiator.PrefersEventStream(request.Headers.Accept)
                && (HttpMethods.IsGet(request.Method) || HttpMethods.IsPost(request.Method)))
            {
                await serverSentEvents.HandleAsync(context);
                return;
            }

            var isGet = HttpMethods.IsGet(request.Method);
            if (!isGet && !HttpMethods.IsPost(request.Method))
            {
                await RefuseAsync(context, GraphQLMediaTypes.Json, started, new TransportError(StatusCodes.Status405MethodNotAllowed,
                    ErrorCodes.MethodNotAllowed, "GraphQL requests use GET (queries) or POST.", Allow: "GET, POST"));
                return;
            }

            var accept = request.Headers.Accept;
            if (isGet && AcceptNegotiator.PrefersHtml(accept))
            {
                await graphiQL.WriteAsync(context);
                return;
            }

            var mediaType = AcceptNegotiator.SelectResponseType(accept);
            if (mediaType is null)
            {
                await RefuseAsync(context, GraphQLMediaTypes.Json, started, new TransportError(StatusCodes.Status406NotAcceptable,
                    ErrorCodes.NotAcceptable, "Accept must allow application/graphql-response+json or application/json."));
                return;
            }

            var serializer = context.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
            var (graphQLRequest, error) = isGet
                ? GraphQLRequestReader.FromQueryString(request.QueryString, serializer)
                : await GraphQLRequestReader.FromBodyAsync(request, options.Value.MaxBodyBytes, serializer, context.RequestAborted);

            // Only the operation that would run matters: a GET document may hold mutations it does not select.
            if (graphQLRequest is not null && isGet
                && executor.OperationTypeOf(graphQLRequest) == OperationType.Mutation)
            {
                error = new TransportError(StatusCodes.Status405MethodNotAllowed, ErrorCodes.MethodNotAllowed,
                    "Mutations cannot be sent over GET; use POST.", Allow: "POST");
            }

            // A plain response holds one result; a subscription's stream needs a streaming transport, which a client
            // that accepts text/event-stream at all (urql's subscription Accept lists it beside multipart/mixed) gets.
            if (graphQLRequest is not null && error is null
                && executor.OperationTypeOf(graphQLRequest) == OperationType.Subscription)
            {
                if (AcceptNegotiator.AcceptsEventStream(accept))
                {
                    await serverSentEvents.StreamAsync(context, graphQLRequest);
                    return;
                }

                error = TransportError.BadRequest(ErrorCodes.SubscriptionNeedsStream,
                    "Subscriptions stream over WebSocket (graphql-transport-ws) or Server-Sent Events (Accept: text/event-stream) at this URL.");
            }

            if (graphQLRequest is null || error is not null)
            {
                await RefuseAsync(context, mediaType, started, error ?? InternalError());
                return;
            }

            await ExecuteAsync(context, graphQLRequest, mediaType, started);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; there is no one to answer.
            GraphQLHttpLog.RequestCancelled(logger, request.Method, ElapsedMs(started));
        }
        catch (BadHttpRequestException ex)
        {
            // Kestrel's own refusals while reading the body (a broken chunk, its size limit).
            await RefuseAsync(context, GraphQLMediaTypes.Json, started, new TransportError(ex.StatusCode,
                ex.StatusCode == StatusCodes.Status413PayloadTooLarge ? ErrorCodes.BodyTooLarge : ErrorCodes.BodyUnreadable,
                "The request body could not be read."));
        }
        catch (Exception ex) when (!context.Response.HasStarted)
        {
            GraphQLHttpLog.UnhandledException(logger, ex, "transport", "-");
            await RefuseAsync(context, GraphQLMediaTypes.Json, started, InternalError());
        }
    }

    private async Task ExecuteAsync(HttpContext context, GraphQLHttpRequest graphQLRequest, string mediaType, long started)
    {
        var services = context.RequestServices;
        var result = await executor.ExecuteAsync(graphQLRequest, services, context.User, context.RequestAborted);

        var internalFailure = UnhandledErrorMasking.Mask(result);
        var statusCode = StatusFor(result, mediaType, internalFailure);
        var storeCalls = services.GetService<RequestMetrics>()?.StoreCalls ?? 0;
        await WriteAsync(context, result, statusCode, mediaType, started, storeCalls);

        GraphQLHttpLog.RequestCompleted(logger, context.Request.Method,
            result.Operation?.Operation.ToString().ToLowerInvariant() ?? "-",
            result.Operation?.Name?.StringValue ?? graphQLRequest.OperationName ?? "(anonymous)",
            statusCode, FirstErrorCode(result), ElapsedMs(started), storeCalls);
    }

    /// <summary>
    /// The spec's status codes: with <c>application/graphql-response+json</c> a request that never reached execution
    /// (document parse, validation or variable coercion failure) is a 400; with <c>application/json</c> every
    /// well-formed request gets 200. A server fault before execution is a 500 in both.
    /// </summary>
    private static int StatusFor(ExecutionResult result, string mediaType, bool internalFailure)
    {
        if (result.Executed)
        {
            return StatusCodes.Status200OK;
        }

        if (internalFailure)
        {
            return StatusCodes.Status500InternalServerError;
        }

        return mediaType == GraphQLMediaTypes.GraphQLResponseJson ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
    }

    private async Task RefuseAsync(HttpContext context, string mediaType, long started, TransportError error)
    {
        if (error.Allow is not null)
        {
            context.Response.Headers.Allow = error.Allow;
        }

        var result = new ExecutionResult();
        result.AddError(new ExecutionError(error.Message) { Code = error.Code });
        var storeCalls = context.RequestServices.GetService<RequestMetrics>()?.StoreCalls ?? 0;
        await WriteAsync(context, result, error.StatusCode, mediaType, started, storeCalls);
        GraphQLHttpLog.RequestCompleted(logger, context.Request.Method, "-", "-", error.StatusCode, error.Code,
            ElapsedMs(started), storeCalls);
    }

    private static async Task WriteAsync(HttpContext context, ExecutionResult result, int statusCode, string mediaType,
        long started, int storeCalls)
    {
        if (context.Request.Headers[TraceHeader] == "1")
        {
            result.Extensions ??= new Dictionary<string, object?>();
            result.Extensions["storeCalls"] = storeCalls;
            result.Extensions["elapsedMs"] = ElapsedMs(started);
        }

        var response = context.Response;
        response.StatusCode = statusCode;
        response.ContentType = mediaType == GraphQLMediaTypes.GraphQLResponseJson
            ? GraphQLMediaTypes.GraphQLResponseJsonUtf8
            : GraphQLMediaTypes.JsonUtf8;
        // Negotiated on Accept: a cache must not hand one client's media type to another.
        response.Headers.Vary = "Accept";
        var serializer = context.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        await serializer.WriteAsync(response.Body, result, context.RequestAborted);
    }

    /// <summary>The first error's code, so a log search finds failing requests without reading bodies.</summary>
    private static string FirstErrorCode(ExecutionResult result) =>
        result.Errors is { Count: > 0 } errors ? errors[0].Code ?? "ERROR" : "-";

    private static TransportError InternalError() =>
        new(StatusCodes.Status500InternalServerError, ErrorCodes.InternalError, UnhandledErrorMasking.Message);

    private static double ElapsedMs(long started) => Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 2);
}
