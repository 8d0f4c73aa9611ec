using GovGraph.Domain.Model;
using Microsoft.Data.Sqlite;

namespace GovGraph.Storage.Sqlite;

/// <summary>Reads model records from result rows laid out as (id, label, props, version) from a given column.</summary>
internal static class Rows
{
    public static GraphNode Node(SqliteDataReader reader, int first) =>
        new(reader.GetString(first), reader.GetString(first + 1), PropertyJson.Deserialize(reader.GetString(first + 2)))
        {
            Version = reader.GetInt64(first + 3),
        };
}
