namespace GovGraph.Storage.Editing;

/// <summary>
/// Create a node of <paramref name="Label"/> with the given properties; <paramref name="Id"/> is generated when
/// null. <paramref name="ParentId"/> names the parent the label is placed under (NodeCreation), if it has one.
/// </summary>
public sealed record CreateNode(string Label, string? Id, IReadOnlyDictionary<string, object?> Properties, string? ParentId);
