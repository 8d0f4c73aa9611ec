namespace GovGraph.Storage.Interchange;

/// <summary>A line that cannot be read; the message is the reason shown beside the line number.</summary>
internal sealed class ApocLineException(string reason) : Exception(reason);
