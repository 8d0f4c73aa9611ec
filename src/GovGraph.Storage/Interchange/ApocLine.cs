namespace GovGraph.Storage.Interchange;

/// <summary>One line of an APOC JSON-lines file as read, before it is checked against the model.</summary>
internal sealed class ApocLine
{
    public string? Type { get; set; }

    /// <summary>The line's <c>id</c>: Neo4j's internal id in a Neo4j export, the GovGraph id in ours.</summary>
    public string? Id { get; set; }

    /// <summary>A node's <c>labels</c>.</summary>
    public List<string>? Labels { get; set; }

    /// <summary>A relationship's <c>label</c>: its type.</summary>
    public string? Label { get; set; }

    public string? StartId { get; set; }

    public string? EndId { get; set; }

    /// <summary><c>properties.id</c> when it is present (taken out of <see cref="Properties"/>).</summary>
    public string? PropertyId { get; set; }

    public Dictionary<string, object?> Properties { get; set; } = new(StringComparer.Ordinal);
}
