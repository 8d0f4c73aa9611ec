using GovGraph.Domain.Model;

namespace GovGraph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    public Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> GetAncestorsAsync(IReadOnlyCollection<string> ids, CancellationToken ct) =>
        throw new NotImplementedException();

    public Task<IReadOnlyList<GraphRelationship>> GetAdjacentAsync(
        IReadOnlyCollection<string> ids, IReadOnlyCollection<string>? types, DateOnly? asOf, CancellationToken ct) =>
        throw new NotImplementedException();

    public Task<IReadOnlyDictionary<string, CoverageFigures>> GetCoverageAsync(IReadOnlyCollection<string> unitIds, CancellationToken ct) =>
        throw new NotImplementedException();
}
