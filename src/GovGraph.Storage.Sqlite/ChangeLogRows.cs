using System.Globalization;
using GovGraph.Domain.Changes;
using Microsoft.Data.Sqlite;

namespace GovGraph.Storage.Sqlite;

/// <summary>How change events are laid out in the <c>changes</c> table, both ways.</summary>
internal static class ChangeLogRows
{
    /// <summary>The columns <see cref="Read"/> expects, in order, for a table alias <c>c</c>.</summary>
    public const string Columns =
        "c.cursor, c.type, c.at, c.actor, c.commit_id, c.node_id, c.label, c.rel_id, c.rel_type, c.rel_start, c.rel_end, c.before, c.after, c.scope";

    public static ChangeEvent Read(SqliteDataReader r)
    {
        RelationshipRef? relationship = r.IsDBNull(7)
            ? null
            : new RelationshipRef(r.GetString(7), r.GetString(8), r.GetString(9), r.GetString(10));
        var scope = System.Text.Json.JsonSerializer.Deserialize<string[]>(r.GetString(13)) ?? [];
        return new ChangeEvent(
            r.GetInt64(0),
            ChangeTypeNames.Parse(r.GetString(1)),
            DateTimeOffset.Parse(r.GetString(2), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
            r.GetString(3),
            r.IsDBNull(5) ? null : r.GetString(5),
            r.IsDBNull(6) ? null : r.GetString(6),
            relationship,
            r.IsDBNull(11) ? null : PropertyJson.Deserialize(r.GetString(11)),
            r.IsDBNull(12) ? null : PropertyJson.Deserialize(r.GetString(12)),
            scope)
        {
            CommitId = r.IsDBNull(4) ? null : r.GetString(4),
        };
    }
}
