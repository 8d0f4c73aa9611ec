using GovGraph.Domain.Model;
using GovGraph.Storage;

namespace GovGraph.Api.Analytics;

/// <summary>
/// An org unit with its coverage figures and, when they were fetched in the same store call, its children's, in the
/// graph's order.
/// </summary>
public sealed record CoverageResult(GraphNode Unit, CoverageFigures Figures, IReadOnlyList<CoverageResult>? Children = null);
