namespace GovGraph.Storage.Scoping;

/// <summary>
/// The one rule of what a scope holds: the scope unit itself and every node placed under it. The scoped store (its
/// ancestors cut at the scope) and the scoped write transaction (which nodes a write may touch) both ask it.
/// </summary>
internal static class ScopeRule
{
    /// <summary>
    /// What a caller scoped to <paramref name="scope"/> sees of a node's placement <paramref name="ancestors"/>
    /// (nearest first): up to and including the scope unit, nothing for the scope unit itself, and null when the node
    /// lies outside the scope.
    /// </summary>
    public static IReadOnlyList<string>? VisibleAncestors(string scope, string id, IReadOnlyList<string> ancestors)
    {
        if (string.Equals(id, scope, StringComparison.Ordinal))
        {
            // The top of what the caller sees: nothing above it is visible.
            return [];
        }

        for (var i = 0; i < ancestors.Count; i++)
        {
            if (string.Equals(ancestors[i], scope, StringComparison.Ordinal))
            {
                return ancestors.Take(i + 1).ToList();
            }
        }

        return null;
    }
}
