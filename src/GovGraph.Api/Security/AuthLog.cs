namespace GovGraph.Api.Security;

/// <summary>The authentication log lines, source-generated. They never carry a token, a key or a claim value.</summary>
internal static partial class AuthLog
{
    public const string OpenWarning =
        "GovGraph runs OPEN: no Auth:* is configured, every request is admin and sees personal data. " +
        "Configure Auth:Issuer, Auth:Audience and Auth:SigningKey (or Auth:Authority) for any shared deployment.";

    [LoggerMessage(EventId = 20, Level = LogLevel.Warning, Message = OpenWarning)]
    public static partial void RunningOpen(ILogger logger);

    /// <summary>A request to a guarded endpoint refused before it ran.</summary>
    [LoggerMessage(EventId = 21, Level = LogLevel.Information, Message = "{Method} {Path} refused {StatusCode} {Code}")]
    public static partial void Refused(ILogger logger, string method, string path, int statusCode, string code);
}
