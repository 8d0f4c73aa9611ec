using GovGraph.Domain.Changes;

namespace GovGraph.Api.Changes.Feed;

/// <summary>
/// Which events a reader wants: those under a node (its id in the event's scope, so a household's events are
/// under its party group and a relationship's under both ends' subtrees) and of some types. Nulls match all.
/// <see cref="Within"/> is the reader's scope: the same test again, so a reader scoped to a township never gets
/// an event outside it whatever <see cref="Under"/> it asks for.
/// </summary>
public sealed record ChangeFilter(string? Under, IReadOnlyCollection<ChangeType>? Types)
{
    public static ChangeFilter All { get; } = new(null, null);

    /// <summary>The reader's scope (null: everything).</summary>
    public string? Within { get; init; }

    public bool Matches(ChangeEvent change) =>
        (Under is null || change.Scope.Contains(Under, StringComparer.Ordinal))
        && (Within is null || change.Scope.Contains(Within, StringComparer.Ordinal))
        && (Types is null || Types.Count == 0 || Types.Contains(change.Type));
}
