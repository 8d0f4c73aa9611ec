namespace GovGraph.Storage.Editing;

/// <summary>The ids a delete removed, dependants before the node asked for (the order of their events).</summary>
public sealed record DeletedNodes(IReadOnlyList<string> Ids);
