using System.ComponentModel;
using GovGraph.Domain.ServiceRequests;

namespace GovGraph.Api.Analytics.Caching;

/// <summary>
/// The cases behind a unit's service figures as the cache keeps them: the summaries, not the figures, because the
/// figures depend on the instant they are seen at (what is overdue, which rates are decided) and are computed
/// from these at every request. With children: the children's ids in the graph's order and, per case, the child
/// it is under (null for none).
/// </summary>
[ImmutableObject(true)]
public sealed record CachedServiceCases(
    IReadOnlyList<CaseSummary> Cases,
    IReadOnlyList<string?>? ChildOfCase = null,
    IReadOnlyList<string>? ChildIds = null);
