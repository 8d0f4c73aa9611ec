using GovGraph.Domain.Model;
using GovGraph.Domain.ServiceRequests;

namespace GovGraph.Api.ServiceRequests.Stats;

/// <summary>
/// An org unit's service figures and, when they were read with it, its children's (in the graph's order; null when
/// not read, so a nested <c>byChild</c> reads its own).
/// </summary>
public sealed record ServiceStatsResult(GraphNode Unit, ServiceFigures Figures, IReadOnlyList<ServiceStatsResult>? Children = null);
