namespace GovGraph.Storage.Interchange;

/// <summary>What an export wrote.</summary>
public sealed record ExportSummary(long Nodes, long Relationships);
