using GovGraph.Domain.Model;

namespace GovGraph.Storage;

/// <summary>What a list is sorted by. Ties always fall back to insertion order, so paging is stable.</summary>
public enum NodeOrderKey
{
    /// <summary>Insertion order (the default).</summary>
    Insertion,

    /// <summary>The display name (<c>name</c>, or a household's <c>headName</c>), by Unicode code point.</summary>
    Name,

    /// <summary>How many nodes matching <see cref="NodeOrder.CountUnder"/> sit under each node.</summary>
    CountUnder,

    /// <summary>How many relationships <see cref="NodeOrder.Relationship"/> each node has.</summary>
    RelationshipCount,

    /// <summary>
    /// The value of the stored property <see cref="NodeOrder.Property"/> (a case's <c>createdAt</c>): numbers by value,
    /// text by Unicode code point (so ISO UTC instants of one fixed format sort in time order). Nodes without the
    /// property sort last either way. One property should hold one kind of value: how numbers and text interleave
    /// differs between the backends.
    /// </summary>
    Property,
}

/// <summary>
/// A sort order: by name, by a count of nodes under each node (villages by unassigned households), by a
/// count of each node's relationships (members by households linked), or by a stored property (cases oldest first).
/// </summary>
public sealed record NodeOrder(NodeOrderKey Key, bool Descending = false)
{
    public static readonly NodeOrder ByName = new(NodeOrderKey.Name);

    /// <summary>For <see cref="NodeOrderKey.Property"/>: the property to sort by (a plain identifier).</summary>
    public string? Property { get; init; }

    /// <summary>By the value of one stored property, ties in insertion order.</summary>
    public static NodeOrder ByProperty(string property, bool descending = false) =>
        new(NodeOrderKey.Property, descending) { Property = property };

    /// <summary>For <see cref="NodeOrderKey.CountUnder"/>: what to count under each node (its own <c>Under</c> is ignored).</summary>
    public NodeCriteria? CountUnder { get; init; }

    /// <summary>For <see cref="NodeOrderKey.RelationshipCount"/>: the relationships to count (current ones).</summary>
    public (string Type, Direction Direction)? Relationship { get; init; }
}
