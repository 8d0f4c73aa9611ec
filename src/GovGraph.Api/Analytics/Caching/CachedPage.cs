using System.ComponentModel;

namespace GovGraph.Api.Analytics.Caching;

/// <summary>
/// A page of an analytics list as the cache keeps it: ids, cursors and the total, without the nodes (read again
/// on a hit in one call, so a cached list never serves a node's stale properties).
/// </summary>
[ImmutableObject(true)]
public sealed record CachedPage(IReadOnlyList<CachedPageItem> Items, long TotalCount, bool HasNextPage, bool HasPreviousPage = false);

/// <summary>One node of a <see cref="CachedPage"/>.</summary>
public sealed record CachedPageItem(string Id, string Cursor, int? Depth);
