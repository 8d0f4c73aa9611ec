using GovGraph.Storage.Neo4j.Cypher;

namespace GovGraph.Storage.Neo4j.Client;

/// <summary>
/// An open Query API transaction; every request carries the cluster-affinity header BEGIN returned. A request that
/// ends without Neo4j's answer (timeout, cancellation, lost connection) leaves the transaction open on the server with
/// its locks, so it is rolled back then and there (retried until the server confirms or no longer has it).
/// </summary>
internal sealed class Neo4jTransaction(Neo4jQueryClient client, TransactionRef tx, IReadOnlyList<string> startedFrom)
    : ICypherTransaction
{
    private TransactionRef _tx = tx;
    private bool _finished;

    public string Id => _tx.Id;

    /// <summary>When the server will roll the transaction back if it hears nothing more (from its last answer).</summary>
    public DateTimeOffset? Expires => _tx.Expires;

    public async Task<CypherResult> RunAsync(CypherStatement statement, CancellationToken ct)
    {
        EnsureOpen();
        try
        {
            var (result, expires) = await client.RunInTransactionAsync(_tx, statement, ct);
            if (expires is not null)
            {
                _tx = _tx with { Expires = expires };
            }

            return result;
        }
        catch (Exception ex) when (IsServerAnswer(ex))
        {
            // Neo4j rolls a transaction back itself when one of its statements fails (or it has expired).
            _finished = true;
            throw;
        }
        catch (Exception ex) when (IsUnanswered(ex))
        {
            await AbandonAsync();
            throw;
        }
    }

    public async Task CommitAsync(CancellationToken ct)
    {
        EnsureOpen();
        _finished = true;
        try
        {
            await client.CommitAsync(_tx, startedFrom, ct);
        }
        catch (Exception ex) when (IsUnanswered(ex))
        {
            // Committed or not, a rollback settles it: a committed transaction is gone (404), an open one ends.
            await client.RollbackReliablyAsync(_tx);
            throw;
        }
    }

    public async Task RollbackAsync(CancellationToken ct)
    {
        if (_finished)
        {
            return;
        }

        await AbandonAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_finished)
        {
            await AbandonAsync();
        }
    }

    private async Task AbandonAsync()
    {
        _finished = true;
        await client.RollbackReliablyAsync(_tx);
    }

    private static bool IsServerAnswer(Exception ex) => ex is Neo4jException e && e.Code.StartsWith("Neo.", StringComparison.Ordinal);

    private static bool IsUnanswered(Exception ex) => ex is OperationCanceledException or Neo4jException;

    private void EnsureOpen()
    {
        if (_finished)
        {
            throw new InvalidOperationException($"The Neo4j transaction {_tx.Id} is already committed or rolled back.");
        }
    }
}
