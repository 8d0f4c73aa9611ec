using System.Collections;
using System.Globalization;
using System.Text;
using GovGraph.Domain.Model;
using Microsoft.Data.Sqlite;

namespace GovGraph.Storage.Sqlite;

/// <summary>
/// The one translation of <see cref="NodeCriteria"/> into a SQL condition on <c>nodes n</c>, shared by find,
/// count and sum. Every value is a parameter; the only text spliced into the SQL is fixed by this class.
/// </summary>
internal sealed class CriteriaSql
{
    private readonly List<string> _conditions = [];
    private readonly List<KeyValuePair<string, object>> _parameters = [];

    private CriteriaSql()
    {
    }

    /// <summary>The condition, usable after <c>WHERE</c>.</summary>
    public string Where => _conditions.Count == 0 ? "1" : string.Join("\n  AND ", _conditions);

    public static CriteriaSql Build(NodeCriteria criteria)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        var sql = new CriteriaSql();
        sql.AddLabels(criteria.Labels);
        sql.AddUnder(criteria.Under);
        sql.AddNameContains(criteria.NameContains);
        foreach (var filter in criteria.Properties)
        {
            sql._conditions.Add(sql.PropertyCondition("n.props", filter.Name, filter.Op, filter.Value));
        }

        foreach (var filter in criteria.Relationships)
        {
            sql.AddRelationship(filter);
        }

        return sql;
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

    private void AddLabels(IReadOnlyCollection<string>? labels)
    {
        if (labels is null)
        {
            return;
        }

        if (labels.Count == 0)
        {
            _conditions.Add("0");
            return;
        }

        _conditions.Add("n.label IN (" + string.Join(", ", labels.Distinct().Select(l => Parameter(l))) + ")");
    }

    private void AddUnder(string? under)
    {
        if (under is null)
        {
            return;
        }

        // A range on the path index: every path below '/1/5/' sorts in ['/1/5/', '/1/50') because '0'
        // follows '/'. The unit itself is included. An unknown unit yields NULL bounds and so no rows.
        var id = Parameter(under);
        _conditions.Add(
            $"n.path >= (SELECT u.path FROM nodes u WHERE u.id = {id})"
            + $"\n  AND n.path < (SELECT substr(u.path, 1, length(u.path) - 1) || '0' FROM nodes u WHERE u.id = {id})");
    }

    private void AddNameContains(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        if (text.EnumerateRunes().Count() >= 3)
        {
            // Trigram FTS: the text as one quoted phrase, i.e. an exact (case-folded) substring.
            var phrase = Parameter("\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"");
            _conditions.Add($"n.seq IN (SELECT f.rowid FROM nodes_fts f WHERE nodes_fts MATCH {phrase})");
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

        _conditions.Add($"n.name LIKE '%' || {Parameter(escaped.ToString())} || '%' ESCAPE '\\'");
    }

    private void AddRelationship(RelationshipFilter filter)
    {
        var self = filter.Direction == Direction.Out ? "r.start_seq" : "r.end_seq";
        var sql = new StringBuilder()
            .Append(filter.Exists ? "EXISTS" : "NOT EXISTS")
            .Append(" (SELECT 1 FROM rels r WHERE ").Append(self).Append(" = n.seq AND r.type = ")
            .Append(Parameter(filter.Type));
        if (filter.PropertyName is not null)
        {
            sql.Append(" AND ").Append(PropertyCondition("r.props", filter.PropertyName, FilterOp.Equals, filter.PropertyValue));
        }

        _conditions.Add(sql.Append(')').ToString());
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
            case FilterOp.GreaterOrEqual or FilterOp.LessOrEqual:
                if (value is null || value is bool)
                {
                    throw new ArgumentException($"The range filter on '{property}' needs a number or a string.");
                }

                // SQLite orders every number before every text, so compare only values of the same kind.
                var kinds = SqlValues.IsNumber(value) ? "('integer', 'real')" : "('text')";
                var comparison = op == FilterOp.GreaterOrEqual ? ">=" : "<=";
                return $"{type} IN {kinds} AND {extract} {comparison} {Parameter(SqlValues.Scalar(value))}";
            default:
                throw new ArgumentOutOfRangeException(nameof(op), op, "Unknown filter operator.");
        }
    }
}
