using GovGraph.Storage.Neo4j.Cypher;

namespace GovGraph.Storage.Neo4j.Client;

/// <summary>An open Query API transaction; every request carries the cluster-affinity header BEGIN returned.</summary>
internal sealed class Neo4jTransaction(Neo4jQueryClient client, string id, string? affinity) : ICypherTransaction
{
    private bool _finished;

    public string Id => id;

    public async Task<CypherResult> RunAsync(CypherStatement statement, CancellationToken ct)
    {
        EnsureOpen();
        try
        {
            return await client.RunInTransactionAsync(id, affinity, statement, ct);
        }
        catch (Neo4jException ex) when (ex.Code.StartsWith("Neo.", StringComparison.Ordinal))
        {
            // Neo4j rolls a transaction back when one of its statements fails (or it has expired).
            _finished = true;
            throw;
        }
    }

    public async Task CommitAsync(CancellationToken ct)
    {
        EnsureOpen();
        _finished = true;
        await client.CommitAsync(id, affinity, ct);
    }

    public async Task RollbackAsync(CancellationToken ct)
    {
        if (_finished)
        {
            return;
        }

        _finished = true;
        await client.RollbackAsync(id, affinity, ct);
    }

    public async ValueTask DisposeAsync()
    {
        if (_finished)
        {
            return;
        }

        try
        {
            await RollbackAsync(CancellationToken.None);
        }
        catch (Neo4jException)
        {
            // NOTE: a transaction we cannot roll back (expired, server gone) is rolled back by Neo4j after its idle timeout.
        }
    }

    private void EnsureOpen()
    {
        if (_finished)
        {
            throw new InvalidOperationException($"The Neo4j transaction {id} is already committed or rolled back.");
        }
    }
}
