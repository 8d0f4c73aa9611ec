namespace GovGraph.Storage.Editing;

/// <summary>
/// End the current relationship of <paramref name="Type"/> from <paramref name="From"/> to <paramref name="To"/>:
/// it gets <c>until</c> = today and stays in the history <c>asOf</c> reads.
/// </summary>
public sealed record Unlink(string Type, string From, string To)
{
    /// <summary>The fields of a named mutation; null for the generic unlink.</summary>
    public LinkRoles? Roles { get; init; }
}
