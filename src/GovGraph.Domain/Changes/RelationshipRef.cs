namespace GovGraph.Domain.Changes;

/// <summary>The relationship a change event is about.</summary>
public sealed record RelationshipRef(string Id, string Type, string StartId, string EndId);
