using GovGraph.Storage.Changes;
using GovGraph.Storage.Writing;

namespace GovGraph.Storage.Sqlite;

// PLACEHOLDER until the write transaction lands (issue 4, storage part): replaced wholesale.
public sealed partial class SqliteGraphStore
{
    public Task<WriteResult<T>> ExecuteWriteAsync<T>(
        WriteContext context, Func<IGraphWriteTransaction, CancellationToken, Task<T>> work, CancellationToken ct) =>
        throw new NotImplementedException();

    public Task<ChangePage> ReadChangesAsync(ChangeQuery query, CancellationToken ct) => throw new NotImplementedException();

    public Task<ChangeLogInfo> GetChangeLogInfoAsync(CancellationToken ct) => throw new NotImplementedException();

    public Task<long> PruneChangesAsync(DateTimeOffset olderThan, CancellationToken ct) => throw new NotImplementedException();
}
