namespace GovGraph.Api.Changes.Feed;

/// <summary>The change feed's log messages.</summary>
internal static partial class ChangeFeedLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Warning,
        Message = "Fan-out of {Count} change events ({First}..{Last}) failed; other instances catch up from the change log")]
    public static partial void FanOutFailed(ILogger logger, Exception exception, int count, long first, long last);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Information, Message = "Change hub starts after cursor {Cursor}")]
    public static partial void HubStarted(ILogger logger, long cursor);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Warning, Message = "Change hub could not read the change log; retrying at the next poll")]
    public static partial void HubReadFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Error, Message = "Change listener {Listener} failed on events {First}..{Last}")]
    public static partial void ListenerFailed(ILogger logger, Exception exception, string listener, long first, long last);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Warning,
        Message = "Change hub fell behind retention: events after {Delivered} through {PrunedThrough} were pruned before delivery")]
    public static partial void HubExpired(ILogger logger, long delivered, long prunedThrough);

    [LoggerMessage(EventId = 4006, Level = LogLevel.Information, Message = "Change retention pruned {Count} events older than {OlderThan:o}")]
    public static partial void Pruned(ILogger logger, long count, DateTimeOffset olderThan);

    [LoggerMessage(EventId = 4007, Level = LogLevel.Warning, Message = "Change retention could not prune; retrying in an hour")]
    public static partial void PruneFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 4008, Level = LogLevel.Information,
        Message = "A subscriber fell {Buffer} events behind; it catches up from the change log after {Position}")]
    public static partial void SubscriberLagging(ILogger logger, int buffer, long position);

    [LoggerMessage(EventId = 4009, Level = LogLevel.Warning,
        Message = "The change hub had not delivered cursor {Cursor} after {WaitMs} ms; the writer answers without waiting longer")]
    public static partial void DeliveryWaitTimedOut(ILogger logger, long cursor, double waitMs);
}
