using System.Text.Json;
using GovGraph.Storage.Neo4j.Cypher;

namespace GovGraph.Storage.Tests.Neo4j.Store;

/// <summary>
/// A Cypher runner that answers statements in order with scripted JSON results (or scripted failures) and records what
/// it was sent. Its write units keep <see cref="ICypherRunner.WriteAsync{T}"/>'s contract: a failure that left nothing
/// committed runs the unit again in a new transaction.
/// </summary>
internal sealed class ScriptedCypherRunner : ICypherRunner
{
    private readonly Queue<Func<CypherResult>> _results = new();

    public List<(CypherStatement Statement, AccessMode? Mode)> Sent { get; } = [];

    public int Commits { get; private set; }

    public int Disposals { get; private set; }

    public int Retries { get; private set; }

    /// <summary>Queues a result: field names and rows written as JSON arrays.</summary>
    public ScriptedCypherRunner Then(string[] fields, params string[] rows)
    {
        var result = new CypherResult(fields, rows.Select(r => (IReadOnlyList<JsonElement>)JsonDocument.Parse(r).RootElement.EnumerateArray().Select(e => e.Clone()).ToList()).ToList());
        _results.Enqueue(() => result);
        return this;
    }

    /// <summary>Queues a failure of the next statement, as the client reports Neo4j's error.</summary>
    public ScriptedCypherRunner Fails(string code)
    {
        _results.Enqueue(() => throw new Neo4jException(code, "scripted failure"));
        return this;
    }

    public Task<CypherResult> RunAsync(CypherStatement statement, AccessMode mode, CancellationToken ct)
    {
        Sent.Add((statement, mode));
        return Task.FromResult(Next());
    }

    public Task<ICypherTransaction> BeginAsync(CancellationToken ct) => Task.FromResult<ICypherTransaction>(new Transaction(this));

    public async Task<T> WriteAsync<T>(Func<ICypherTransaction, CancellationToken, Task<T>> unit, CancellationToken ct)
    {
        while (true)
        {
            await using var tx = await BeginAsync(ct);
            try
            {
                var value = await unit(tx, ct);
                await tx.CommitAsync(ct);
                return value;
            }
            catch (Neo4jException ex) when (ex.RetriesUnit)
            {
                Retries++;
            }
        }
    }

    private CypherResult Next() => _results.Count > 0 ? _results.Dequeue()() : new CypherResult([], []);

    private sealed class Transaction(ScriptedCypherRunner runner) : ICypherTransaction
    {
        public Task<CypherResult> RunAsync(CypherStatement statement, CancellationToken ct)
        {
            runner.Sent.Add((statement, null));
            return Task.FromResult(runner.Next());
        }

        public Task CommitAsync(CancellationToken ct)
        {
            runner.Commits++;
            return Task.CompletedTask;
        }

        public Task RollbackAsync(CancellationToken ct) => Task.CompletedTask;

        public ValueTask DisposeAsync()
        {
            runner.Disposals++;
            return ValueTask.CompletedTask;
        }
    }
}
