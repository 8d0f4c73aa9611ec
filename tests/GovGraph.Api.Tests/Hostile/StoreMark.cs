using GovGraph.Storage;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace GovGraph.Api.Tests.Hostile;

/// <summary>
/// What a hostile request must leave as it found it: the change log's newest cursor (any committed write moves
/// it) and the number of nodes (a write that bypassed the log would still show here).
/// </summary>
internal readonly record struct StoreMark(long LatestChange, long Nodes)
{
    public static async Task<StoreMark> ReadAsync(WebApplicationFactory<Program> factory)
    {
        var store = factory.Services.GetRequiredService<IGraphStore>();
        var log = await store.GetChangeLogInfoAsync(CancellationToken.None);
        return new StoreMark(log.Latest, await store.CountNodesAsync(new NodeCriteria(), CancellationToken.None));
    }
}
