namespace GovGraph.Api.Limits.PersistedDocuments;

internal static partial class PersistedDocumentsLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {Count} persisted documents from {Folder}")]
    public static partial void Loaded(ILogger logger, int count, string folder);
}
