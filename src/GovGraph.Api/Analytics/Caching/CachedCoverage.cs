using System.ComponentModel;
using GovGraph.Storage;

namespace GovGraph.Api.Analytics.Caching;

/// <summary>
/// A coverage answer as the cache keeps it: figures only, with the children in the graph's order (their nodes are
/// read again on a hit, which is one cheap call beside the coverage pass it saves).
/// </summary>
[ImmutableObject(true)]
public sealed record CachedCoverage(CoverageFigures Unit, IReadOnlyList<CoverageFigures>? Children)
{
    public static CachedCoverage From(CoverageResult result) =>
        new(result.Figures, result.Children?.Select(c => c.Figures).ToList());
}
