namespace GovGraph.Domain.Model;

/// <summary>A relationship of the property graph, identified by a string id unique among relationships.</summary>
public sealed record GraphRelationship(
    string Id,
    string Type,
    string StartId,
    string EndId,
    IReadOnlyDictionary<string, object?> Properties)
{
    public static readonly IReadOnlyDictionary<string, object?> NoProperties =
        new Dictionary<string, object?>();

    public string? GetString(string name) => Properties.TryGetValue(name, out var v) ? v as string : null;

    public long? GetLong(string name) => Properties.TryGetValue(name, out var v) ? PropertyValues.AsLong(v) : null;
}
