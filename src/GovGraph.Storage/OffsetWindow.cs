namespace GovGraph.Storage;

/// <summary>
/// Where a backward page of a list with offset cursors lies, the same on every backend: offset cursors hold 1-based
/// positions, so the page before a position is the window just ahead of it, costed like a forward page.
/// </summary>
public static class OffsetWindow
{
    /// <summary>
    /// The rows to skip and take for the <paramref name="last"/> rows before 1-based position <paramref name="before"/>
    /// (the list's end is its count + 1), and whether rows remain ahead of that window.
    /// </summary>
    public static (long Skip, int Take, bool HasPrevious) Before(long before, int last)
    {
        var ahead = Math.Max(0, before - 1);
        var skip = Math.Max(0, ahead - last);
        return (skip, (int)(ahead - skip), skip > 0);
    }
}
