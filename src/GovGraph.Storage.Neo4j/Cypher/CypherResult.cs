using System.Text.Json;

namespace GovGraph.Storage.Neo4j.Cypher;

/// <summary>
/// A statement's result as the Query API returns it (plain JSON): the field names and one row of values per record.
/// Nodes arrive as <c>{ elementId, labels, properties }</c>, relationships as
/// <c>{ elementId, startNodeElementId, endNodeElementId, type, properties }</c>. <see cref="Bookmarks"/> are the
/// bookmarks the server returned (for read-your-writes on a cluster).
/// </summary>
public sealed record CypherResult(IReadOnlyList<string> Fields, IReadOnlyList<IReadOnlyList<JsonElement>> Values)
{
    public IReadOnlyList<string> Bookmarks { get; init; } = [];

    /// <summary>The index of a field, or -1.</summary>
    public int IndexOf(string field)
    {
        for (var i = 0; i < Fields.Count; i++)
        {
            if (string.Equals(Fields[i], field, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
