namespace GovGraph.Storage.Editing;

/// <summary>
/// Create a relationship of <paramref name="Type"/> from <paramref name="From"/> to <paramref name="To"/>.
/// <c>since</c> defaults to today.
/// </summary>
public sealed record Link(string Type, string From, string To, IReadOnlyDictionary<string, object?> Properties)
{
    /// <summary>The fields of a named mutation; null for the generic link (fields <c>from</c>, <c>to</c>, <c>properties</c>).</summary>
    public LinkRoles? Roles { get; init; }

    /// <summary>
    /// Reassign instead of refusing: where the type allows one current relationship per node (a leader's contact,
    /// a household's group), end the current one in the same change.
    /// </summary>
    public bool Replace { get; init; }
}
