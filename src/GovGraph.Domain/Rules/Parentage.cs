namespace GovGraph.Domain.Rules;

/// <summary>
/// How a new node is placed when created: the input field naming its parent, the labels the parent may have and
/// the relationship from the parent to it, created in the same change.
/// </summary>
public sealed record Parentage(string Field, IReadOnlyList<string> ParentLabels, string RelationshipType, string Description);
