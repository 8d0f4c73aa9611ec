namespace GovGraph.Api.Transport;

/// <summary>
/// The transport's log lines, source-generated so they cost nothing when disabled. They carry names and figures
/// only: never the query text, variables or anything a caller sent about a person.
/// </summary>
internal static partial class GraphQLHttpLog
{
    /// <summary>The one line per GraphQL request: answered, refused by the transport, or failed by GraphQL.</summary>
    [LoggerMessage(EventId = 1, Level = LogLevel.Information,
        Message = "GraphQL {Method} {OperationType} {OperationName} answered {StatusCode} {ErrorCode} in {ElapsedMs} ms with {StoreCalls} store calls")]
    public static partial void RequestCompleted(ILogger logger, string method, string operationType, string operationName,
        int statusCode, string errorCode, double elapsedMs, int storeCalls);

    [LoggerMessage(EventId = 3, Level = LogLevel.Error, Message = "Unhandled exception in GraphQL {Stage} {Field}")]
    public static partial void UnhandledException(ILogger logger, Exception exception, string stage, string field);

    [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "GraphQL {Method} cancelled by the client after {ElapsedMs} ms")]
    public static partial void RequestCancelled(ILogger logger, string method, double elapsedMs);

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning,
        Message = "GraphiQL is not installed: {Path} is missing. Run 'npm ci' in src/GovGraph.Api/GraphiQL or build with npm on PATH.")]
    public static partial void GraphiQLMissing(ILogger logger, string path);

    /// <summary>The one line per operation over a stream (WebSocket or SSE), when it ends for whatever reason.</summary>
    [LoggerMessage(EventId = 6, Level = LogLevel.Information,
        Message = "GraphQL {Transport} {OperationType} {OperationName} ended after {Results} results in {ElapsedMs} ms")]
    public static partial void StreamEnded(ILogger logger, string transport, string operationType, string operationName,
        int results, double elapsedMs);

    /// <summary>The server closed a WebSocket: a protocol violation by the client, a timeout, a failure or shutdown.</summary>
    [LoggerMessage(EventId = 7, Level = LogLevel.Information, Message = "GraphQL WebSocket closed by the server: {Code} {Reason}")]
    public static partial void WebSocketClosed(ILogger logger, int code, string reason);
}
