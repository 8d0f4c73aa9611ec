using System.Text.Json;
using GovGraph.Domain.Model;
using GovGraph.Storage.Neo4j.Cypher;
using GovGraph.Storage.Neo4j.Cypher.Builders;

namespace GovGraph.Storage.Neo4j.Store;

/// <summary>
/// Maps the Query API's plain JSON back to the model: nodes <c>{ elementId, labels, properties }</c>, relationships
/// <c>{ elementId, startNodeElementId, endNodeElementId, type, properties }</c>; the bookkeeping properties
/// (<c>id</c>, <c>gg_seq</c>, <c>gg_version</c>) are lifted out of the property maps and the placement path
/// (<c>gg_path</c>, <c>gg_depth</c>) is left out of them.
/// </summary>
internal static class Neo4jValues
{
    public static JsonElement Field(CypherResult result, IReadOnlyList<JsonElement> row, string field)
    {
        var i = result.IndexOf(field);
        return i < 0 ? throw new InvalidOperationException($"Neo4j's result has no field '{field}'.") : row[i];
    }

    public static GraphNode Node(JsonElement node)
    {
        var label = node.GetProperty("labels").EnumerateArray().Select(l => l.GetString()!).First(Labels.IsStorable);
        var (id, seq, version, properties) = Split(node.GetProperty("properties"));
        _ = seq;
        return new GraphNode(id, label, properties) { Version = version ?? 1 };
    }

    public static long NodeSeq(JsonElement node) => Split(node.GetProperty("properties")).Seq;

    public static GraphRelationship Relationship(JsonElement relationship, string startId, string endId)
    {
        var (id, _, _, properties) = Split(relationship.GetProperty("properties"));
        return new GraphRelationship(id, relationship.GetProperty("type").GetString()!, startId, endId, properties);
    }

    public static long RelationshipSeq(JsonElement relationship) => Split(relationship.GetProperty("properties")).Seq;

    public static object? Value(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => value.TryGetInt64(out var l) && !value.GetRawText().AsSpan().ContainsAny('.', 'e', 'E') ? l : value.GetDouble(),
        JsonValueKind.Array => value.EnumerateArray().Select(e => e.GetString() ?? string.Empty).ToArray(),
        _ => null,
    };

    public static string? String(JsonElement value) => value.ValueKind == JsonValueKind.Null ? null : value.GetString();

    public static long Long(JsonElement value) => value.ValueKind == JsonValueKind.Null ? 0 : (long)value.GetDouble();

    private static (string Id, long Seq, long? Version, IReadOnlyDictionary<string, object?> Properties) Split(JsonElement properties)
    {
        string id = string.Empty;
        long seq = 0;
        long? version = null;
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in properties.EnumerateObject())
        {
            switch (property.Name)
            {
                case CypherNames.Id:
                    id = property.Value.GetString() ?? string.Empty;
                    break;
                case CypherNames.Seq:
                    seq = property.Value.GetInt64();
                    break;
                case CypherNames.Version:
                    version = property.Value.GetInt64();
                    break;
                case CypherNames.Path or CypherNames.Depth:
                    break;
                default:
                    map[property.Name] = Value(property.Value);
                    break;
            }
        }

        return (id, seq, version, map);
    }
}
