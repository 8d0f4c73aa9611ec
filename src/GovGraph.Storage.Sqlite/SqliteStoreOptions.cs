namespace GovGraph.Storage.Sqlite;

/// <summary>Where the embedded store keeps its file, and the clock that says what "current" means.</summary>
public sealed class SqliteStoreOptions
{
    /// <summary>The database file; its folder is created when missing. <c>:memory:</c> is not supported
    /// (the store opens a connection per call).</summary>
    public string Path { get; set; } = "./data/govgraph.db";

    /// <summary>Today's date for relationship validity ("current") and placement; tests inject a fixed clock.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;
}
