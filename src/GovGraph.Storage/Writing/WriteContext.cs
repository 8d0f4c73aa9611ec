namespace GovGraph.Storage.Writing;

/// <summary>Who makes a write; the store stamps every change-log event of the write with it and the commit time.</summary>
public sealed record WriteContext(string Actor)
{
    /// <summary>An id for the whole commit, shared by its events (generated when absent).</summary>
    public string CommitId { get; init; } = Guid.NewGuid().ToString("N");
}
