using Microsoft.Data.Sqlite;

namespace GovGraph.Storage.Sqlite;

/// <summary>What SQLite's errors mean for the store's callers.</summary>
internal static class SqliteErrors
{
    private const int Constraint = 19;

    /// <summary>An insert hit a UNIQUE index: the id is taken.</summary>
    public static bool IsUniqueViolation(SqliteException e) =>
        e.SqliteErrorCode == Constraint && e.Message.Contains("UNIQUE", StringComparison.Ordinal);

    public static StoreException DuplicateId(string what, string id) =>
        new(StoreException.DuplicateId, $"A {what} with id '{id}' already exists.");
}
