using GovGraph.Domain.Changes;

namespace GovGraph.Storage.Changes;

/// <summary>
/// A page of the change log: events with a cursor above <see cref="After"/> (0: from the oldest retained), at most
/// <see cref="First"/>, only those under <see cref="Under"/> (its id is in the event's scope) and of
/// <see cref="Types"/> when given. <see cref="Backward"/>: the <see cref="First"/> events just below
/// <see cref="Before"/> instead (0: the newest), still in cursor order.
/// </summary>
public sealed record ChangeQuery(long After, int First)
{
    public bool Backward { get; init; }

    public long Before { get; init; }

    /// <summary>The cursor the page starts after or, backwards, ends before (checked against the log's bounds).</summary>
    public long Cursor => Backward ? Before : After;

    /// <summary>
    /// The page from rows read nearest the cursor first (back to front when <see cref="Backward"/>);
    /// <paramref name="further"/>: a row beyond the page came in the direction read.
    /// </summary>
    public ChangePage Page(List<ChangeEvent> rows, bool further)
    {
        if (Backward)
        {
            rows.Reverse();
        }

        return new ChangePage(rows, Backward ? Before > 0 : further, Backward ? further : After > 0);
    }

    public string? Under { get; init; }

    /// <summary>The caller's scope: only events whose scope holds this id too (null: no such limit).</summary>
    public string? Within { get; init; }

    public IReadOnlyCollection<ChangeType>? Types { get; init; }
}
