using System.Collections;
using System.Globalization;
using System.Text;
using GovGraph.Domain.Model;
using Microsoft.Data.Sqlite;

namespace GovGraph.Storage.Sqlite;

/// <summary>
/// The one translation of <see cref="NodeCriteria"/> into a SQL condition on a node alias (<c>n</c> for find,
/// count and sum; the neighbour node; the nodes counted under each node for an order), plus the relationship
/// validity test and sort keys that share its parameters. Every value is a parameter; the only text spliced
/// into the SQL is fixed by this class.
/// </summary>
internal sealed class CriteriaSql
{
    /// <summary>Above this many levels a depth range is a range scan rather than a list of exact depths.</summary>
    private const int MaxDepthList = 8;

    private readonly List<KeyValuePair<string, object>> _parameters = [];
    private readonly Dictionary<DateOnly, string> _dates = [];
    private readonly DateOnly _today;

    private CriteriaSql(DateOnly today)
    {
        _today = today;
    }

    /// <summary>The condition, usable after <c>WHERE</c>.</summary>
    public string Where { get; private set; } = "1";

    /// <summary>The criteria as a condition on <c>nodes n</c>; relationships are "current" as of <paramref name="today"/>.</summary>
    public static CriteriaSql Build(NodeCriteria criteria, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        var sql = new CriteriaSql(today);
        sql.Where = sql.Condition(criteria, "n", withUnder: true);
        return sql;
    }

    /// <summary>A builder with no condition, for statements that only need its parameters and helpers.</summary>
    public static CriteriaSql Empty(DateOnly today) => new(today);

    /// <summary>The criteria as a condition on the node alias <paramref name="alias"/>, sharing this builder's parameters.</summary>
    public string Condition(NodeCriteria criteria, string alias, bool withUnder)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        var conditions = new List<string>();
        AddIds(conditions, alias, criteria.Ids);
        AddLabels(conditions, alias, criteria.Labels);
        if (withUnder)
        {
            AddUnder(conditions, alias, criteria);
        }
        else
        {
            // The caller's scope holds wherever criteria apply (a neighbour, a node counted under another).
            AddWithin(conditions, alias, criteria.Within, criteria.Ids is not null);
        }

        AddNameContains(conditions, alias, criteria.NameContains);
        foreach (var filter in criteria.Properties)
        {
            conditions.Add(PropertyCondition($"{alias}.props", filter.Name, filter.Op, filter.Value));
        }

        foreach (var filter in criteria.Relationships)
        {
            conditions.Add(RelationshipCondition(alias, filter, criteria.AsOf));
        }

        return conditions.Count == 0 ? "1" : string.Join("\n  AND ", conditions);
    }

    /// <summary>Adds a parameter and returns its name.</summary>
    public string Parameter(object value)
    {
        var name = "@c" + _parameters.Count.ToString(CultureInfo.InvariantCulture);
        _parameters.Add(new(name, value));
        return name;
    }

    public void Bind(SqliteCommand command)
    {
        foreach (var (name, value) in _parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }
    }

    /// <summary>
    /// The relationship <paramref name="rel"/> is valid at <paramref name="asOf"/> (null: today). ISO dates compare
    /// as text. NOTE: SQLite recomputes virtual columns from the row, so the test reads each candidate relationship
    /// (about a quarter more than an index-only probe on the county).
    /// </summary>
    public string ValidAt(string rel, DateOnly? asOf)
    {
        var date = asOf ?? _today;
        if (!_dates.TryGetValue(date, out var name))
        {
            name = Parameter(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            _dates[date] = name;
        }

        return $"({rel}.valid_since IS NULL OR {rel}.valid_since <= {name}) AND ({rel}.valid_until IS NULL OR {rel}.valid_until > {name})";
    }

    /// <summary>How many levels below the criteria's <c>Under</c> node <c>n</c> sits, or null without <c>Under</c>.</summary>
    public string? RelativeDepth(NodeCriteria criteria, string alias) =>
        criteria.Under is null ? null : $"{alias}.depth - (SELECT u.depth FROM nodes u WHERE u.id = {Parameter(criteria.Under)})";

    /// <summary>
    /// The sort key of <paramref name="order"/> on the node alias, ready for <c>ORDER BY</c> (the caller appends the
    /// insertion-order tie-breaker); null for insertion order. Counts of nodes under a node need no scope (the
    /// subtree of a node the caller sees lies inside the caller's scope); relationship counts describe the node
    /// itself, as relationship conditions do.
    /// </summary>
    public string? OrderKey(NodeOrder? order, string alias)
    {
        if (order is null || order.Key == NodeOrderKey.Insertion)
        {
            return null;
        }

        var direction = order.Descending ? " DESC" : string.Empty;
        switch (order.Key)
        {
            case NodeOrderKey.Name:
                // BINARY compares UTF-8 bytes, which is Unicode code point order; names missing sort last either way.
                return $"{alias}.name IS NULL, {alias}.name COLLATE BINARY{direction}";
            case NodeOrderKey.CountUnder:
                var counted = order.CountUnder ?? new NodeCriteria();
                return $"""
                    (SELECT COUNT(*) FROM nodes c
                     WHERE c.path >= {alias}.path AND c.path < substr({alias}.path, 1, length({alias}.path) - 1) || '0'
                       AND {Condition(counted, "c", withUnder: false)}){direction}
                    """;
            case NodeOrderKey.RelationshipCount:
                var (type, dir) = order.Relationship
                    ?? throw new ArgumentException("A relationship-count order needs the relationship to count.", nameof(order));
                var self = dir == Direction.Out ? "start_seq" : "end_seq";
                return $"(SELECT COUNT(*) FROM rels rc WHERE rc.{self} = {alias}.seq AND rc.type = {Parameter(type)} AND {ValidAt("rc", null)}){direction}";
            case NodeOrderKey.Property:
                // Text compares as BINARY (code points); json_extract gives NULL for a missing property, sorted last.
                var value = $"json_extract({alias}.props, {Parameter(SqlValues.JsonPath(PropertyOf(order)))})";
                return $"{value} IS NULL, {value}{direction}";
            default:
                throw new ArgumentOutOfRangeException(nameof(order), order.Key, "Unknown order.");
        }
    }

    private static string PropertyOf(NodeOrder order) =>
        order.Property ?? throw new ArgumentException("A property order needs the property to sort by.", nameof(order));

    private void AddLabels(List<string> conditions, string alias, IReadOnlyCollection<string>? labels)
    {
        if (labels is null)
        {
            return;
        }

        if (labels.Count == 0)
        {
            conditions.Add("0");
            return;
        }

        conditions.Add($"{alias}.label IN (" + string.Join(", ", labels.Distinct().Select(l => Parameter(l))) + ")");
    }

    private void AddIds(List<string> conditions, string alias, IReadOnlyCollection<string>? ids)
    {
        if (ids is null)
        {
            return;
        }

        // One JSON array parameter however many ids, probed through the unique id index.
        conditions.Add(ids.Count == 0
            ? "0"
            : $"{alias}.id IN (SELECT value FROM json_each({Parameter(PropertyJson.SerializeArray(ids.Distinct(StringComparer.Ordinal)))}))");
    }

    /// <summary>
    /// The scope alone as a path range (see <see cref="AddUnder"/>). With ids, the range is only checked on the few
    /// rows the id index finds (the unary + keeps the planner from scanning the scope's range instead).
    /// </summary>
    private void AddWithin(List<string> conditions, string alias, string? within, bool byIds)
    {
        if (within is null)
        {
            return;
        }

        var id = Parameter(within);
        var path = byIds ? $"+{alias}.path" : $"{alias}.path";
        conditions.Add($"{path} >= {Low(id)}\n  AND {path} < {High(id)}");
    }

    /// <summary>
    /// The relationship's other end (<paramref name="otherSeq"/> column) sits at or under <paramref name="within"/>:
    /// its path starts with the scope's (an unknown scope gives NULL, so no end is inside). NOTE: measured on the
    /// county, this prefix test costs about half what the two range comparisons did per relationship.
    /// </summary>
    private string OtherEndWithin(string rel, string otherSeq, string within) =>
        $"EXISTS (SELECT 1 FROM nodes o WHERE o.seq = {rel}.{otherSeq} AND instr(o.path, {Low(Parameter(within))}) = 1)";

    private static string Low(string id) => $"(SELECT u.path FROM nodes u WHERE u.id = {id})";

    private static string High(string id) => $"(SELECT substr(u.path, 1, length(u.path) - 1) || '0' FROM nodes u WHERE u.id = {id})";

    private void AddUnder(List<string> conditions, string alias, NodeCriteria criteria)
    {
        if (criteria.Under is null)
        {
            AddWithin(conditions, alias, criteria.Within, criteria.Ids is not null);
            return;
        }

        // A range on the path index: every path below '/1/5/' sorts in ['/1/5/', '/1/50') because '0'
        // follows '/'. The unit itself is included. An unknown unit yields NULL bounds and so no rows.
        // With a scope too, subtrees are nested or disjoint, so both hold on the one range between the higher
        // low bound and the lower high bound (empty when disjoint; NULL, so no rows, when either is unknown):
        // a scoped query is the same single range scan as an unscoped one.
        var id = Parameter(criteria.Under);
        if (criteria.Within is null)
        {
            conditions.Add($"{alias}.path >= {Low(id)}\n  AND {alias}.path < {High(id)}");
        }
        else
        {
            var scope = Parameter(criteria.Within);
            var path = criteria.Ids is null ? $"{alias}.path" : $"+{alias}.path";
            conditions.Add($"{path} >= max({Low(id)}, {Low(scope)})\n  AND {path} < min({High(id)}, {High(scope)})");
        }

        var (min, max) = (criteria.MinDepth, criteria.MaxDepth);
        if (min is null && max is null)
        {
            return;
        }

        var unitDepth = $"(SELECT u.depth FROM nodes u WHERE u.id = {id})";
        if (min is int low && max is int high && high >= low && high - low < MaxDepthList)
        {
            // Exact depths let the (depth, path) index seek each level's slice of the subtree.
            var depths = Enumerable.Range(low, high - low + 1).Select(k => $"{unitDepth} + {Parameter((long)k)}");
            conditions.Add($"{alias}.depth IN ({string.Join(", ", depths)})");
            return;
        }

        if (min is int from)
        {
            conditions.Add($"{alias}.depth >= {unitDepth} + {Parameter((long)from)}");
        }

        if (max is int to)
        {
            conditions.Add($"{alias}.depth <= {unitDepth} + {Parameter((long)to)}");
        }
    }

    private void AddNameContains(List<string> conditions, string alias, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        if (text.EnumerateRunes().Count() >= 3)
        {
            // Trigram FTS: the text as one quoted phrase, i.e. an exact (case-folded) substring.
            var phrase = Parameter("\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"");
            conditions.Add($"{alias}.seq IN (SELECT f.rowid FROM nodes_fts f WHERE nodes_fts MATCH {phrase})");
            return;
        }

        // Trigrams cannot match one or two characters, so short queries scan names with LIKE.
        var escaped = new StringBuilder(text.Length + 2);
        foreach (var c in text)
        {
            if (c is '\\' or '%' or '_')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        conditions.Add($"{alias}.name LIKE '%' || {Parameter(escaped.ToString())} || '%' ESCAPE '\\'");
    }

    /// <summary>
    /// A relationship condition. It describes the node itself (has it a linking member, how many households does it
    /// link), so it counts every relationship of the node, also those whose other end lies outside the caller's
    /// scope: a scoped caller learns the same truth about its own nodes as the write rules act on, never anything
    /// about the node at the other end (see <see cref="NodeCriteria.Within"/>).
    /// </summary>
    private string RelationshipCondition(string alias, RelationshipFilter filter, DateOnly? asOf)
    {
        var self = filter.Direction == Direction.Out ? "rf.start_seq" : "rf.end_seq";
        var body = new StringBuilder()
            .Append("FROM rels rf WHERE ").Append(self).Append(" = ").Append(alias).Append(".seq AND rf.type = ")
            .Append(Parameter(filter.Type))
            .Append(" AND ").Append(ValidAt("rf", asOf));
        if (filter.PropertyName is not null)
        {
            body.Append(" AND ").Append(PropertyCondition("rf.props", filter.PropertyName, FilterOp.Equals, filter.PropertyValue));
        }

        if (filter.MinCount is null && filter.MaxCount is null)
        {
            return (filter.Exists ? "EXISTS" : "NOT EXISTS") + " (SELECT 1 " + body + ")";
        }

        var count = "(SELECT COUNT(*) " + body + ")";
        var range = new List<string>(2);
        if (filter.MinCount is int min)
        {
            range.Add($"{count} >= {Parameter((long)min)}");
        }

        if (filter.MaxCount is int max)
        {
            range.Add($"{count} <= {Parameter((long)max)}");
        }

        return "(" + string.Join(" AND ", range) + ")";
    }

    private string PropertyCondition(string json, string property, FilterOp op, object? value)
    {
        var path = Parameter(SqlValues.JsonPath(property));
        var extract = $"json_extract({json}, {path})";
        var type = $"json_type({json}, {path})";
        switch (op)
        {
            case FilterOp.Exists:
                return $"{type} IS NOT NULL";
            case FilterOp.Equals when value is null:
                return $"{type} IS NULL";
            case FilterOp.Equals when value is bool b:
                // json_extract turns true/false into 1/0; json_type tells a boolean from the number 1.
                return $"{type} = {Parameter(b ? "true" : "false")}";
            case FilterOp.Equals:
                return $"{extract} = {Parameter(SqlValues.Scalar(value))}";
            case FilterOp.In:
                if (value is string or null || value is not IEnumerable list)
                {
                    throw new ArgumentException($"The In filter on '{property}' needs a list of values.");
                }

                var items = list.Cast<object?>().ToList();
                return items.Count == 0
                    ? "0"
                    : $"{extract} IN (SELECT value FROM json_each({Parameter(PropertyJson.SerializeArray(items))}))";
            case FilterOp.GreaterOrEqual or FilterOp.LessOrEqual or FilterOp.Greater or FilterOp.Less:
                if (value is null || value is bool)
                {
                    throw new ArgumentException($"The range filter on '{property}' needs a number or a string.");
                }

                // SQLite orders every number before every text, so compare only values of the same kind (text by
                // BINARY collation: code point order, which is time order for ISO instants).
                var kinds = SqlValues.IsNumber(value) ? "('integer', 'real')" : "('text')";
                var comparison = op.ComparisonSymbol();
                return $"{type} IN {kinds} AND {extract} {comparison} {Parameter(SqlValues.Scalar(value))}";
            default:
                throw new ArgumentOutOfRangeException(nameof(op), op, "Unknown filter operator.");
        }
    }
}
