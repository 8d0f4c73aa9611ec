namespace GovGraph.Storage.Neo4j.Cypher;

/// <summary>Whether a statement only reads (the Query API's <c>accessMode: "Read"</c>, served by any cluster member).</summary>
public enum AccessMode
{
    Write,
    Read,
}

/// <summary>
/// What the Cypher store needs from a Neo4j connection: auto-commit statements and explicit transactions.
/// Implemented by the HTTP Query API client; failures surface as <see cref="Neo4jException"/>.
/// </summary>
public interface ICypherRunner
{
    /// <summary>Runs one statement in its own (implicit) transaction.</summary>
    Task<CypherResult> RunAsync(CypherStatement statement, AccessMode mode, CancellationToken ct);

    /// <summary>Opens an explicit transaction (one or more statements, then commit or rollback).</summary>
    Task<ICypherTransaction> BeginAsync(CancellationToken ct);

    /// <summary>
    /// Runs <paramref name="unit"/> in one explicit transaction and commits it. The unit must be a pure function of its
    /// inputs: after a failure that left nothing committed (a deadlock, a leader switch) it runs again in a new
    /// transaction, a bounded number of times. Anything else rolls the transaction back and surfaces.
    /// </summary>
    Task<T> WriteAsync<T>(Func<ICypherTransaction, CancellationToken, Task<T>> unit, CancellationToken ct);
}

/// <summary>An open explicit transaction. Disposing without <see cref="CommitAsync"/> rolls it back.</summary>
public interface ICypherTransaction : IAsyncDisposable
{
    Task<CypherResult> RunAsync(CypherStatement statement, CancellationToken ct);

    Task CommitAsync(CancellationToken ct);

    Task RollbackAsync(CancellationToken ct);
}
