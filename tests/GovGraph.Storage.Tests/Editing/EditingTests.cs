using System.Text;
using GovGraph.Domain.Rules;
using GovGraph.Storage.Changes;
using GovGraph.Storage.Editing;
using GovGraph.Storage.Interchange;
using GovGraph.Storage.Sqlite;
using GovGraph.Storage.Writing;
using Microsoft.Data.Sqlite;

namespace GovGraph.Storage.Tests.Editing;

/// <summary>
/// The editor against the embedded store: each test gets the sample graph in its own temporary file, with the
/// store's clock stopped on <see cref="TodayIso"/> so the dates edits write are known.
/// </summary>
public abstract class EditingTests : IDisposable
{
    protected const string TodayIso = "2025-03-15";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "govgraph-tests", Guid.NewGuid().ToString("N"));

    protected static CancellationToken Ct => CancellationToken.None;

    protected GraphEditor Editor { get; } = new();

    protected async Task<IGraphStore> StoreAsync()
    {
        var store = new SqliteGraphStore(new SqliteStoreOptions
        {
            Path = Path.Combine(_folder, $"{Guid.NewGuid():N}.db"),
            TimeProvider = new FixedClock(new DateTimeOffset(2025, 3, 15, 12, 0, 0, TimeSpan.Zero)),
        });
        await store.InitializeAsync(Ct);
        await store.WriteAsync(SampleGraph.Build(), Ct);
        return store;
    }

    protected Task<WriteResult<T>> EditAsync<T>(
        IGraphStore store, Func<GraphEditor, IGraphWriteTransaction, CancellationToken, Task<T>> edit, string actor = "tester") =>
        store.ExecuteWriteAsync(new WriteContext(actor), (tx, ct) => edit(Editor, tx, ct), Ct);

    /// <summary>Asserts the edit is refused with the code and field, and that neither the graph nor the change log moved.</summary>
    protected async Task<DomainRuleException> AssertRefusedAsync<T>(
        IGraphStore store, string code, string? field, Func<GraphEditor, IGraphWriteTransaction, CancellationToken, Task<T>> edit)
    {
        var before = await StateAsync(store);

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => EditAsync(store, edit));

        Assert.Equal((code, field), (refused.Code, refused.Field));
        var after = await StateAsync(store);
        Assert.Equal(before.Log, after.Log);
        Assert.Equal(before.Graph, after.Graph);
        return refused;
    }

    /// <summary>The whole graph as its interchange file, and the change log's bounds.</summary>
    protected static async Task<(ChangeLogInfo Log, string Graph)> StateAsync(IGraphStore store)
    {
        using var output = new MemoryStream();
        await ApocJsonWriter.WriteAsync(store, output, null, Ct);
        return (await store.GetChangeLogInfoAsync(Ct), Encoding.UTF8.GetString(output.ToArray()));
    }

    protected static IReadOnlyDictionary<string, object?> Values(params (string Name, object? Value)[] properties) =>
        properties.ToDictionary(p => p.Name, p => p.Value);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }

        GC.SuppressFinalize(this);
    }
}
