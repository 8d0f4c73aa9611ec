namespace GovGraph.Storage.Sqlite;

/// <summary>Where the embedded store keeps its file.</summary>
public sealed class SqliteStoreOptions
{
    /// <summary>The database file; its folder is created when missing. <c>:memory:</c> is not supported
    /// (the store opens a connection per call).</summary>
    public string Path { get; set; } = "./data/govgraph.db";
}
