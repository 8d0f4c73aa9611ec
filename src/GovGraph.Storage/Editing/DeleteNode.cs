namespace GovGraph.Storage.Editing;

/// <summary>
/// Delete the node <paramref name="Id"/>. With <paramref name="Cascade"/>, everything placed below it goes too,
/// except people; without it, a node that has anything placed below it is refused.
/// </summary>
public sealed record DeleteNode(string Id, bool Cascade);
