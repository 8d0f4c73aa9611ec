namespace GovGraph.Storage;

/// <summary>
/// A store call refused for a reason the caller can act on. <see cref="Code"/> is stable (API error codes map
/// from it); the message is for people. A write that throws this has changed nothing.
/// </summary>
public sealed class StoreException(string code, string message) : Exception(message)
{
    /// <summary>A relationship refers to a node id that is neither in the batch nor stored.</summary>
    public const string NodeNotFound = "NODE_NOT_FOUND";

    /// <summary>A node or relationship id is already used (stored, or twice in the batch).</summary>
    public const string DuplicateId = "DUPLICATE_ID";

    /// <summary>An id is empty, too long or holds control characters.</summary>
    public const string InvalidId = "INVALID_ID";

    /// <summary>A paging cursor the store did not issue for this list.</summary>
    public const string InvalidCursor = "INVALID_CURSOR";

    /// <summary>A change-log cursor older than retention kept: the events after it are gone.</summary>
    public const string CursorExpired = "CURSOR_EXPIRED";

    public string Code { get; } = code;

    /// <summary>Refuses an id no store may keep (<see cref="GovGraph.Domain.Model.NodeIds.IsWellFormed"/>): every backend's writes check it.</summary>
    public static void ThrowIfMalformedId(string id, string what)
    {
        if (!GovGraph.Domain.Model.NodeIds.IsWellFormed(id))
        {
            throw new StoreException(InvalidId, $"A {what} id is empty, too long or holds control characters.");
        }
    }
}
