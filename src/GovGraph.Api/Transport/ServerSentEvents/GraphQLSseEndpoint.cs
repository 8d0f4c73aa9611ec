using System.Text;
using GovGraph.Api.Changes.Feed;
using GovGraph.Api.Errors;
using GraphQL;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace GovGraph.Api.Transport.ServerSentEvents;

/// <summary>
/// GraphQL over Server-Sent Events (the graphql-sse protocol, distinct connections mode): a GET or POST whose
/// <c>Accept</c> prefers <c>text/event-stream</c> (or a subscription whose <c>Accept</c> allows it) gets one event stream of <c>next</c> events and a final <c>complete</c>.
/// A request that cannot be read at all is refused as over plain HTTP; one that fails GraphQL validation gets its
/// errors in a <c>next</c> event, as the protocol asks. Idle streams get keep-alive comments.
/// </summary>
internal sealed class GraphQLSseEndpoint(
    GraphQLExecutor executor,
    IOptions<GraphQLOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<GraphQLSseEndpoint> logger)
{
    private static readonly byte[] KeepAlive = ":\n\n"u8.ToArray();
    private static readonly byte[] Complete = "event: complete\n\n"u8.ToArray();

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var isGet = HttpMethods.IsGet(request.Method);
        var serializer = context.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        var (graphQLRequest, error) = isGet
            ? GraphQLRequestReader.FromQueryString(request.QueryString, serializer)
            : await GraphQLRequestReader.FromBodyAsync(request, options.Value.MaxBodyBytes, serializer, context.RequestAborted);
        if (graphQLRequest is not null && isGet
            && executor.OperationTypeOf(graphQLRequest) == OperationType.Mutation)
        {
            error = new TransportError(StatusCodes.Status405MethodNotAllowed, ErrorCodes.MethodNotAllowed,
                "Mutations cannot be sent over GET; use POST.", Allow: "POST");
        }

        if (graphQLRequest is null || error is not null)
        {
            await RefuseAsync(context, serializer, error!);
            return;
        }

        await StreamAsync(context, graphQLRequest);
    }

    /// <summary>Runs a request already read (the HTTP endpoint hands over subscriptions) as one event stream.</summary>
    public async Task StreamAsync(HttpContext context, GraphQLHttpRequest graphQLRequest)
    {
        var serializer = context.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        using var stream = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
        var ct = stream.Token;
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = GraphQLMediaTypes.EventStream + "; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        // Proxies such as nginx would otherwise hold events back in their buffers.
        response.Headers["X-Accel-Buffering"] = "no";
        await response.StartAsync(ct);

        var writer = new EventWriter(response, ct);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var results = 0;
        ExecutionResult? result = null;
        using var keepAlive = new Timer(_ => _ = writer.WriteAsync(KeepAlive), null, options.Value.KeepAliveInterval, options.Value.KeepAliveInterval);
        try
        {
            var window = new DeliveryWindow();
            result = await executor.ExecuteAsync(graphQLRequest, context.RequestServices, context.User, ct, window);
            if (result.Streams is { Count: > 0 } streams)
            {
                await foreach (var next in executor.ReadStreamAsync(streams.Values.First(), window, ct))
                {
                    await writer.WriteAsync(Next(serializer, next));
                    results++;
                }
            }
            else
            {
                UnhandledErrorMasking.Mask(result);
                await writer.WriteAsync(Next(serializer, result));
                results++;
            }

            await writer.WriteAsync(Complete, last: true);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The client closed the stream (how graphql-sse ends a subscription) or the server is stopping.
        }
        catch (Exception ex)
        {
            GraphQLHttpLog.UnhandledException(logger, ex, "sse", "-");
        }
        finally
        {
            await keepAlive.DisposeAsync();
            writer.Close();
            GraphQLHttpLog.StreamEnded(logger, "sse", result?.Operation?.Operation.ToString().ToLowerInvariant() ?? "-",
                result?.Operation?.Name?.StringValue ?? graphQLRequest.OperationName ?? "(anonymous)", results,
                Math.Round(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds, 2));
        }
    }

    private static byte[] Next(IGraphQLTextSerializer serializer, ExecutionResult result) =>
        // Compact JSON has no raw newline, so the whole result fits one data line.
        Encoding.UTF8.GetBytes("event: next\ndata: " + SerializedExecutionResult.TextOf(result, serializer) + "\n\n");

    private static async Task RefuseAsync(HttpContext context, IGraphQLTextSerializer serializer, TransportError error)
    {
        var result = new ExecutionResult();
        result.AddError(new ExecutionError(error.Message) { Code = error.Code });
        if (error.Allow is not null)
        {
            context.Response.Headers.Allow = error.Allow;
        }

        context.Response.StatusCode = error.StatusCode;
        context.Response.ContentType = GraphQLMediaTypes.JsonUtf8;
        await serializer.WriteAsync(context.Response.Body, result, context.RequestAborted);
    }

    /// <summary>Writes whole events one at a time (results and keep-alives come from different threads) and flushes each.</summary>
    private sealed class EventWriter(HttpResponse response, CancellationToken ct)
    {
        private readonly SemaphoreSlim _lock = new(1, 1);
        private bool _closed;

        /// <summary>No more writes: a keep-alive timer tick may still be on its way after the stream ended.</summary>
        public void Close() => Volatile.Write(ref _closed, true);

        public async Task WriteAsync(byte[] bytes, bool last = false)
        {
            try
            {
                await _lock.WaitAsync(ct);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            try
            {
                if (Volatile.Read(ref _closed))
                {
                    return;
                }

                await response.Body.WriteAsync(bytes, ct);
                await response.Body.FlushAsync(ct);
                if (last)
                {
                    Close();
                }
            }
            catch (Exception ex) when (ex is OperationCanceledException or IOException or ObjectDisposedException or InvalidOperationException)
            {
                // The client is gone; the stream loop notices through the token.
            }
            finally
            {
                _lock.Release();
            }
        }
    }
}
