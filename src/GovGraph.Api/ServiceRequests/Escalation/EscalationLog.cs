namespace GovGraph.Api.ServiceRequests.Escalation;

/// <summary>The escalation service's log messages.</summary>
internal static partial class EscalationLog
{
    [LoggerMessage(EventId = 7001, Level = LogLevel.Information, Message = "Case {Request} overdue: recorded {Step}")]
    public static partial void Stepped(ILogger logger, string request, string step);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Error, Message = "Case {Request} could not be escalated; the next pass tries again")]
    public static partial void CaseFailed(ILogger logger, Exception exception, string request);

    [LoggerMessage(EventId = 7003, Level = LogLevel.Error, Message = "The escalation pass failed; the next one tries again")]
    public static partial void PassFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 7004, Level = LogLevel.Information, Message = "Escalation is switched off on this instance (ServiceRequests:Escalation:Enabled)")]
    public static partial void Disabled(ILogger logger);
}
