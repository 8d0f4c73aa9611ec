namespace GovGraph.Storage.Neo4j.Cypher;

/// <summary>
/// One Cypher statement and its parameters. Every value a caller supplies travels as a parameter; the text is
/// built only from this code's own fragments (labels, types and property names from the model, never input).
/// </summary>
public sealed record CypherStatement(string Text, IReadOnlyDictionary<string, object?> Parameters);
