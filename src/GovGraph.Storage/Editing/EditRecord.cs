using System.Text.Json;

namespace GovGraph.Storage.Editing;

/// <summary>
/// What an idempotent write records as its result: only the ids of what it produced, small enough to keep for
/// the whole retention period. A repeat reads the things themselves again by these ids.
/// </summary>
internal sealed record EditRecord(string? Node, string? Relationship, string? Type, string? Start, IReadOnlyList<string>? Deleted)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public static EditRecord OfNode(string id) => new(id, null, null, null, null);

    public static EditRecord OfRelationship(Domain.Model.GraphRelationship r) => new(null, r.Id, r.Type, r.StartId, null);

    public static EditRecord OfDeleted(IReadOnlyList<string> ids) => new(null, null, null, null, ids);

    public static EditRecord Parse(string json) =>
        JsonSerializer.Deserialize<EditRecord>(json, Json) ?? throw new InvalidOperationException("An empty idempotency record.");

    public string ToJson() => JsonSerializer.Serialize(this, Json);
}
