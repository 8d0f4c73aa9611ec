using GovGraph.Storage;

namespace GovGraph.Api.Analytics;

/// <summary>An org unit's coverage figures, with the unit's name when it is known (for sorting children by name).</summary>
public sealed record CoverageResult(CoverageFigures Figures, string? Name);
