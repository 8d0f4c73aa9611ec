namespace GovGraph.Storage.Editing;

/// <summary>
/// Change some properties of the node <paramref name="Id"/>, which must have <paramref name="Label"/> and be at
/// <paramref name="ExpectedVersion"/>. Properties absent from <paramref name="Changes"/> stay; a null value
/// clears an optional one.
/// </summary>
public sealed record UpdateNode(string Label, string Id, long ExpectedVersion, IReadOnlyDictionary<string, object?> Changes);
