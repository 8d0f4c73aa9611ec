namespace GovGraph.Storage.Changes;

/// <summary>
/// The change log's bounds: <see cref="Latest"/> is the newest cursor (0 when none was ever written);
/// <see cref="PrunedThrough"/> the newest cursor removed by retention (0 when none). A reader's cursor below
/// <see cref="PrunedThrough"/> has expired: events after it are gone.
/// </summary>
public sealed record ChangeLogInfo(long Latest, long PrunedThrough);
