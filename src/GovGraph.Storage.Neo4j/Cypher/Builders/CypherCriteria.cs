using System.Collections;
using System.Globalization;
using GovGraph.Domain.Model;

namespace GovGraph.Storage.Neo4j.Cypher.Builders;

/// <summary>
/// The one translation of <see cref="NodeCriteria"/> into a Cypher predicate on a node variable, with the
/// validity test and sort keys sharing its parameters. Every value is a parameter; the text holds only names
/// from <see cref="CypherNames"/> and this class's fragments.
/// </summary>
internal sealed class CypherCriteria(CypherParameters parameters, DateOnly today)
{
    private readonly Dictionary<DateOnly, string> _dates = [];

    public CypherParameters Parameters { get; } = parameters;

    /// <summary>
    /// The criteria (without <c>Under</c>, which callers express as a placement pattern) as a predicate on
    /// <paramref name="v"/>; the caller's scope (<see cref="NodeCriteria.Within"/>) too unless <paramref name="withWithin"/>
    /// is false because the pattern already walks down from the scope.
    /// </summary>
    public string Predicate(NodeCriteria criteria, string v, bool withWithin = true)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        var conditions = new List<string>();
        if (criteria.Ids is { } ids)
        {
            conditions.Add(ids.Count == 0 ? "false" : $"{v}.{CypherNames.Id} IN {Parameters.Add(ids.Distinct(StringComparer.Ordinal).ToList())}");
        }

        if (withWithin && criteria.Within is not null)
        {
            conditions.Add(Within(v, criteria.Within));
        }

        if (criteria.Labels is { } labels)
        {
            conditions.Add(labels.Count == 0 ? "false" : $"{v}:" + string.Join("|", labels.Distinct().Select(CypherNames.Label)));
        }

        if (!string.IsNullOrEmpty(criteria.NameContains))
        {
            conditions.Add($"toLower(coalesce({v}.{Props.Name}, {v}.{Props.HeadName})) CONTAINS toLower({Parameters.Add(criteria.NameContains)})");
        }

        foreach (var filter in criteria.Properties)
        {
            conditions.Add(PropertyCondition(v, filter.Name, filter.Op, filter.Value));
        }

        var n = 0;
        foreach (var filter in criteria.Relationships)
        {
            conditions.Add(RelationshipCondition(v, filter, criteria.AsOf, $"rf{n++}"));
        }

        return conditions.Count == 0 ? "true" : string.Join("\n  AND ", conditions);
    }

    /// <summary>
    /// <paramref name="v"/> sits at or under the unit <paramref name="within"/>: its placement path starts with the
    /// unit's (one id-index lookup, no walk). An unknown unit matches nothing. The unit's variable is named after
    /// <paramref name="v"/> so it never captures a variable of the enclosing statement.
    /// </summary>
    public string Within(string v, string within) =>
        $"EXISTS {{ MATCH ({v}_scope:{CypherNames.NodeLabel} {{{CypherNames.Id}: {Parameters.Add(within)}}}) WHERE {v}.{CypherNames.Path} STARTS WITH {v}_scope.{CypherNames.Path} }}";

    /// <summary>The relationship variable <paramref name="r"/> is valid at <paramref name="asOf"/> (null: today); ISO dates compare as strings.</summary>
    public string ValidAt(string r, DateOnly? asOf)
    {
        var date = asOf ?? today;
        if (!_dates.TryGetValue(date, out var name))
        {
            name = Parameters.Add(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            _dates[date] = name;
        }

        return $"({r}.{Props.Since} IS NULL OR {r}.{Props.Since} <= {name}) AND ({r}.{Props.Until} IS NULL OR {r}.{Props.Until} > {name})";
    }

    /// <summary>A property of <paramref name="v"/>: by name when the model knows it (indexable), else a parameterised dynamic access.</summary>
    public string Property(string v, string name) =>
        CypherNames.IsKnownProperty(name) ? $"{v}.{name}" : $"{v}[{Parameters.Add(name)}]";

    /// <summary>
    /// The sort key of <paramref name="order"/> for <c>ORDER BY</c> (caller appends the insertion tie-breaker); null for
    /// insertion order. Counts of nodes under a node need no scope (the subtree of a node the caller sees lies inside
    /// the caller's scope); relationship counts describe the node itself, as relationship conditions do.
    /// </summary>
    public string? OrderKey(NodeOrder? order, string v)
    {
        if (order is null || order.Key == NodeOrderKey.Insertion)
        {
            return null;
        }

        var direction = order.Descending ? " DESC" : string.Empty;
        switch (order.Key)
        {
            case NodeOrderKey.Name:
                // Names missing sort last either way, as on the embedded store.
                var name = $"coalesce({v}.{Props.Name}, {v}.{Props.HeadName})";
                return $"{name} IS NULL, {name}{direction}";
            case NodeOrderKey.CountUnder:
                var counted = order.CountUnder ?? new NodeCriteria();
                // What is counted sits under a node already inside the scope, so the scope needs no walk of its own.
                var inside = Predicate(counted with { Under = null, Within = null }, "c");
                return $"COUNT {{ MATCH (c:{CypherNames.NodeLabel}) WHERE c.{CypherNames.Path} STARTS WITH {v}.{CypherNames.Path} AND {inside} }}{direction}";
            case NodeOrderKey.RelationshipCount:
                var (type, dir) = order.Relationship
                    ?? throw new ArgumentException("A relationship-count order needs the relationship to count.", nameof(order));
                return $"COUNT {{ MATCH {Pattern(v, "rc", type, dir)} WHERE {ValidAt("rc", null)} }}{direction}";
            case NodeOrderKey.Property:
                // Missing values sort last either way, as on the embedded store (Cypher alone puts them last only ascending).
                var value = Property(v, order.Property
                    ?? throw new ArgumentException("A property order needs the property to sort by.", nameof(order)));
                return $"{value} IS NULL, {value}{direction}";
            default:
                throw new ArgumentOutOfRangeException(nameof(order), order.Key, "Unknown order.");
        }
    }

    /// <summary>
    /// A one-hop pattern from <paramref name="v"/> over <paramref name="type"/> in <paramref name="direction"/>, its other
    /// end bound to <paramref name="other"/> when given.
    /// </summary>
    public static string Pattern(string v, string r, string type, Direction direction, string? other = null) => direction == Direction.Out
        ? $"({v})-[{r}:{CypherNames.RelType(type)}]->({other})"
        : $"({other})-[{r}:{CypherNames.RelType(type)}]->({v})";

    /// <summary>
    /// A relationship condition. It describes the node itself, so it counts every relationship of the node, also
    /// those whose other end lies outside the caller's scope (see <see cref="NodeCriteria.Within"/>).
    /// </summary>
    private string RelationshipCondition(string v, RelationshipFilter filter, DateOnly? asOf, string r)
    {
        var where = ValidAt(r, asOf);
        if (filter.PropertyName is not null)
        {
            where += " AND " + PropertyCondition(r, filter.PropertyName, FilterOp.Equals, filter.PropertyValue);
        }

        var body = $"{{ MATCH {Pattern(v, r, filter.Type, filter.Direction)} WHERE {where} }}";
        if (filter.MinCount is null && filter.MaxCount is null)
        {
            return (filter.Exists ? "EXISTS " : "NOT EXISTS ") + body;
        }

        var range = new List<string>(2);
        if (filter.MinCount is int min)
        {
            range.Add($"COUNT {body} >= {Parameters.Add((long)min)}");
        }

        if (filter.MaxCount is int max)
        {
            range.Add($"COUNT {body} <= {Parameters.Add((long)max)}");
        }

        return "(" + string.Join(" AND ", range) + ")";
    }

    private string PropertyCondition(string v, string name, FilterOp op, object? value)
    {
        var property = Property(v, name);
        switch (op)
        {
            case FilterOp.Exists:
                return $"{property} IS NOT NULL";
            case FilterOp.Equals when value is null:
                return $"{property} IS NULL";
            case FilterOp.Equals:
                return $"{property} = {Parameters.Add(value)}";
            case FilterOp.In:
                if (value is string or null || value is not IEnumerable list)
                {
                    throw new ArgumentException($"The In filter on '{name}' needs a list of values.");
                }

                var items = list.Cast<object?>().ToList();
                return items.Count == 0 ? "false" : $"{property} IN {Parameters.Add(items)}";
            case FilterOp.GreaterOrEqual or FilterOp.LessOrEqual or FilterOp.Greater or FilterOp.Less:
                if (value is null || value is bool)
                {
                    throw new ArgumentException($"The range filter on '{name}' needs a number or a string.");
                }

                // Cypher compares a number with a string as null (false), like the embedded store's same-kind rule.
                return $"{property} {op.ComparisonSymbol()} {Parameters.Add(value)}";
            default:
                throw new ArgumentOutOfRangeException(nameof(op), op, "Unknown filter operator.");
        }
    }
}
