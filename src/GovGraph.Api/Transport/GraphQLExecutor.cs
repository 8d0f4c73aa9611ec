using GovGraph.Api.Changes.Feed;
using GovGraph.Api.Errors;
using GovGraph.Api.Limits;
using GovGraph.Api.Limits.PersistedDocuments;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace GovGraph.Api.Transport;

/// <summary>
/// Runs one GraphQL request the same way for every transport (HTTP, WebSocket, SSE): the schema's limits, a
/// store refusal the caller caused keeping its stable code, and every other failure logged here and masked.
/// </summary>
internal sealed class GraphQLExecutor(
    IDocumentExecuter<ISchema> executer,
    IDocumentBuilder documentBuilder,
    PersistedDocumentStore documents,
    AutomaticPersistedQueries automatic,
    IOptions<GraphQLOptions> options,
    ILogger<GraphQLExecutor> logger)
{
    /// <summary>
    /// The type of the operation the request selects, its text read from the persisted documents (or Apollo's
    /// registered ones) when it names one; null when the document is unknown, does not parse or names no single
    /// operation (execution reports why).
    /// </summary>
    public OperationType? OperationTypeOf(GraphQLHttpRequest request) =>
        (request.Query ?? documents.Find(request.DocumentId) ?? automatic.Find(request)) is { } text
            ? OperationSelector.SelectedOperationType(text, request.OperationName)
            : null;

    /// <summary>
    /// Executes with <paramref name="services"/> as the request's services: the HTTP request's scope, or one scope
    /// per operation on a WebSocket, so operations never share batch loaders (which cache what they read).
    /// </summary>
    public async Task<ExecutionResult> ExecuteAsync(GraphQLHttpRequest request, IServiceProvider services,
        System.Security.Claims.ClaimsPrincipal user, CancellationToken ct, DeliveryWindow? window = null)
    {
        if (RequestLimits.Refusal(request, user, options.Value) is { } refusal)
        {
            var refused = new ExecutionResult();
            refused.AddError(refusal);
            return refused;
        }

        (request, var apolloRefusal, var register) = automatic.Resolve(request);
        if (apolloRefusal is not null)
        {
            var refused = new ExecutionResult();
            refused.AddError(apolloRefusal);
            return refused;
        }

        // One parse, by the server's own document builder, serves the expansion check and the operation type. The
        // executer parses again: it is handed the text, so GraphQL.NET's persisted-document handler still sees raw
        // query text (and refuses it in allow-only mode). A document that does not parse is left to the executer.
        var document = Parse(request.Query ?? documents.Find(request.DocumentId));
        if (document is not null && Exploded(document) is { } exploded)
        {
            return exploded;
        }

        var operation = document is null ? null : OperationSelector.SelectedOperationType(document, request.OperationName);
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            DocumentId = request.DocumentId,
            // Subscriptions live as long as their client wants; queries and mutations get a deadline.
            Timeout = operation == OperationType.Subscription ? Timeout.InfiniteTimeSpan : options.Value.ExecutionTimeout,
            TimeoutAction = TimeoutAction.ReturnTimeoutError,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = services,
            User = user,
            CancellationToken = ct,
            UserContext = new Dictionary<string, object?> { [DeliveryWindow.Key] = window },
            // Resolver failures become masked GraphQL errors, logged here with their stack trace.
            ThrowOnUnhandledException = false,
            UnhandledExceptionDelegate = unhandled =>
            {
                // A store refusal the caller caused (a bad cursor) is their error, with its stable code.
                if (GovGraphError.FromException(unhandled.OriginalException) is { } expected)
                {
                    unhandled.Exception = expected;
                    return Task.CompletedTask;
                }

                GraphQLHttpLog.UnhandledException(logger, unhandled.OriginalException,
                    unhandled.FieldContext is null ? "execution" : "resolver",
                    unhandled.FieldContext?.FieldDefinition.Name ?? "-");
                return Task.CompletedTask;
            },
        });
        RequestLimits.AssignCodes(result);
        // Registered only once it passed validation, so a broken document never takes a place.
        if (register && result.Executed)
        {
            automatic.Register(request.Query!);
        }

        return result;
    }

    /// <summary>The document as the executer would build it; null when there is no text or it does not parse.</summary>
    private GraphQLDocument? Parse(string? text)
    {
        if (text is null)
        {
            return null;
        }

        try
        {
            return documentBuilder.Build(text);
        }
        catch (Exception ex) when (ex is GraphQLParser.Exceptions.GraphQLParserException or ExecutionError)
        {
            return null;
        }
    }

    /// <summary>
    /// A refusal for a document whose fragment spreads expand to more fields than GraphQL:MaxComplexity allows
    /// (each field counts at least 1 there), measured before GraphQL.NET expands them one by one; null otherwise.
    /// </summary>
    private ExecutionResult? Exploded(GraphQLDocument document)
    {
        var max = options.Value.MaxComplexity;
        if (ExpandedSize.Of(document, max) <= max)
        {
            return null;
        }

        var result = new ExecutionResult { Executed = false };
        result.AddError(new GovGraphError(ErrorCodes.MaxComplexityExceeded,
            $"The query's fragments expand to more than {max} fields (GraphQL:MaxComplexity)."));
        return result;
    }

    /// <summary>
    /// The results of a subscription's event stream, in order, ending when the stream completes or fails (a
    /// failure becomes one last result holding the error, masked unless it is one of ours with a code).
    /// Cancelling <paramref name="ct"/> unsubscribes. Pass the window given to <see cref="ExecuteAsync"/>.
    /// </summary>
    public async IAsyncEnumerable<ExecutionResult> ReadStreamAsync(
        IObservable<ExecutionResult> stream, DeliveryWindow? window,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var channel = System.Threading.Channels.Channel.CreateUnbounded<ExecutionResult>(
            new System.Threading.Channels.UnboundedChannelOptions { SingleReader = true });
        using var subscription = stream.Subscribe(new ChannelObserver(channel.Writer, logger));
        await foreach (var result in channel.Reader.ReadAllAsync(ct))
        {
            UnhandledErrorMasking.Mask(result);
            yield return result;

            // The caller has written it when it asks for the next one.
            window?.Release();
        }
    }

    private sealed class ChannelObserver(System.Threading.Channels.ChannelWriter<ExecutionResult> writer, ILogger logger)
        : IObserver<ExecutionResult>
    {
        public void OnNext(ExecutionResult value) => writer.TryWrite(value);

        public void OnError(Exception error)
        {
            if (error is not ExecutionError executionError || error is UnhandledError)
            {
                GraphQLHttpLog.UnhandledException(logger, error, "stream", "-");
                executionError = new ExecutionError(UnhandledErrorMasking.Message) { Code = ErrorCodes.InternalError };
            }

            var result = new ExecutionResult();
            result.AddError(executionError);
            writer.TryWrite(result);
            writer.TryComplete();
        }

        public void OnCompleted() => writer.TryComplete();
    }
}
