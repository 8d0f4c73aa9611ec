namespace GovGraph.Storage.Interchange;

/// <summary>How far an import, export or seed has come: a phase, work done in it and, when known, the total.</summary>
/// <param name="Phase">What is happening, for people ("reading", "writing to the store").</param>
/// <param name="Done">Units done so far in this phase.</param>
/// <param name="Total">Units in the whole phase, or null when unknown.</param>
/// <param name="Unit">What is counted ("bytes", "nodes", "relationships"); bytes are shown as sizes.</param>
public readonly record struct InterchangeProgress(string Phase, long Done, long? Total, string Unit);
