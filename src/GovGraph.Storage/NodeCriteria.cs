using GovGraph.Domain.Model;

namespace GovGraph.Storage;

/// <summary>
/// Which nodes a find or count is about. Every part narrows the set; an empty criteria matches every node.
/// </summary>
public sealed record NodeCriteria
{
    /// <summary>Only nodes with one of these ids (null: any id). Unknown ids simply match nothing.</summary>
    public IReadOnlyCollection<string>? Ids { get; init; }

    /// <summary>
    /// The caller's scope: only nodes at or under this org unit (by placement, as <see cref="Under"/>, without depth
    /// limits) are matched, counted or returned. Null: the whole graph. Combines with <see cref="Under"/> (both must
    /// hold); an unknown unit matches nothing. Relationship conditions and relationship-count orders describe the
    /// matched node itself (has this household a linking member?), so they count all of its relationships, also to
    /// nodes outside the scope: the answer about a node the caller sees is the true one, the one the write rules act
    /// on, while the node at the other end stays absent (never returned, counted in a list or named).
    /// </summary>
    public string? Within { get; init; }

    /// <summary>Only nodes with one of these labels (null: any label).</summary>
    public IReadOnlyCollection<string>? Labels { get; init; }

    /// <summary>Only nodes under this org unit: reachable by OVERSEES* and then, for households, one COVERS
    /// (other labels by their placement, see <c>Placement</c>). The unit itself is included.</summary>
    public string? Under { get; init; }

    /// <summary>With <see cref="Under"/>: only nodes at least this many levels below it (1 excludes the node itself).</summary>
    public int? MinDepth { get; init; }

    /// <summary>With <see cref="Under"/>: only nodes at most this many levels below it.</summary>
    public int? MaxDepth { get; init; }

    /// <summary>Relationship conditions consider relationships valid at this date (null: current ones).</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>Only nodes whose display name contains this text (case-insensitive, Chinese substrings work).</summary>
    public string? NameContains { get; init; }

    /// <summary>Property conditions, all of which must hold.</summary>
    public IReadOnlyList<PropertyFilter> Properties { get; init; } = [];

    /// <summary>Relationship conditions, all of which must hold.</summary>
    public IReadOnlyList<RelationshipFilter> Relationships { get; init; } = [];

    public static NodeCriteria OfLabel(string label) => new() { Labels = [label] };
}

/// <summary>
/// How a property is compared. The range operators compare numbers numerically and strings by code point (so ISO
/// instants stored as <c>yyyy-MM-ddTHH:mm:ss.fffffffZ</c> compare in time order); a value of the other kind never
/// matches.
/// </summary>
public enum FilterOp
{
    Equals,
    In,
    GreaterOrEqual,
    LessOrEqual,
    Exists,

    /// <summary>Strictly greater.</summary>
    Greater,

    /// <summary>Strictly less: with <see cref="GreaterOrEqual"/>, a half-open range such as a statistics window [from, to).</summary>
    Less,
}

/// <summary>The range operators' comparison symbols, the same in SQL and Cypher.</summary>
public static class FilterOps
{
    /// <summary><c>&gt;=</c>, <c>&lt;=</c>, <c>&gt;</c> or <c>&lt;</c> for a range operator.</summary>
    public static string ComparisonSymbol(this FilterOp op) => op switch
    {
        FilterOp.GreaterOrEqual => ">=",
        FilterOp.LessOrEqual => "<=",
        FilterOp.Greater => ">",
        FilterOp.Less => "<",
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, "Not a range operator."),
    };
}

/// <summary>A condition on one property. <see cref="Value"/> is a scalar, or a list for <see cref="FilterOp.In"/>.</summary>
public sealed record PropertyFilter(string Name, FilterOp Op, object? Value = null);

/// <summary>
/// The node has (or, with <see cref="Exists"/> false, has no) relationship of this type in this direction,
/// optionally only those whose property <see cref="PropertyName"/> equals <see cref="PropertyValue"/>.
/// With <see cref="MinCount"/> or <see cref="MaxCount"/> the number of such relationships must lie in that range
/// instead (e.g. members linking more than 20 households: <c>MinCount = 21</c>).
/// </summary>
public sealed record RelationshipFilter(
    string Type,
    Direction Direction,
    bool Exists = true,
    string? PropertyName = null,
    object? PropertyValue = null)
{
    public int? MinCount { get; init; }

    public int? MaxCount { get; init; }
}
