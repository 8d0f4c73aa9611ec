using GovGraph.Domain.Changes;

namespace GovGraph.Api.Changes.Feed;

/// <summary>
/// Which events a reader wants: those under a node (its id in the event's scope, so a household's events are
/// under its party group and a relationship's under both ends' subtrees) and of some types. Nulls match all.
/// </summary>
public sealed record ChangeFilter(string? Under, IReadOnlyCollection<ChangeType>? Types)
{
    public static ChangeFilter All { get; } = new(null, null);

    public bool Matches(ChangeEvent change) =>
        (Under is null || change.Scope.Contains(Under, StringComparer.Ordinal))
        && (Types is null || Types.Count == 0 || Types.Contains(change.Type));
}
