namespace GovGraph.Storage.Neo4j.Client;

/// <summary>
/// The bookmarks a writer's next request must wait for. Each transaction (or auto-commit statement) starts from the
/// current set; when it answers with its bookmark, that bookmark replaces only the ones it started from. So a
/// transaction that started earlier and answers late adds its bookmark beside a newer one instead of replacing it,
/// and Neo4j waits for both.
/// </summary>
internal sealed class BookmarkChain
{
    private readonly Lock _gate = new();
    private string[] _current = [];

    public IReadOnlyList<string> Current
    {
        get
        {
            lock (_gate)
            {
                return _current;
            }
        }
    }

    /// <summary>Records that a request which started from <paramref name="startedFrom"/> answered with <paramref name="received"/>.</summary>
    public void Advance(IReadOnlyList<string> startedFrom, IReadOnlyList<string> received)
    {
        if (received.Count == 0)
        {
            return;
        }

        lock (_gate)
        {
            _current = _current.Except(startedFrom, StringComparer.Ordinal)
                .Concat(received)
                .Distinct(StringComparer.Ordinal)
                .ToArray();
        }
    }
}
