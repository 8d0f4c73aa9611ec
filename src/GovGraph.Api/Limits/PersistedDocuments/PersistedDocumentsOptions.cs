using System.ComponentModel.DataAnnotations;

namespace GovGraph.Api.Limits.PersistedDocuments;

/// <summary>Persisted documents (configuration section <c>GraphQL:PersistedDocuments</c>).</summary>
public sealed class PersistedDocumentsOptions
{
    public const string Section = "GraphQL:PersistedDocuments";

    /// <summary>
    /// Folder whose <c>*.graphql</c> files are the persisted documents, read at start (relative paths from the
    /// working folder). Unset: no documents, so every <c>documentId</c> is unknown.
    /// </summary>
    [MaxLength(4096)]
    public string? Path { get; set; }

    /// <summary>
    /// When true, nobody may send raw query text: every request names a persisted document, and Apollo's automatic
    /// persisted queries register nothing.
    /// </summary>
    public bool AllowOnly { get; set; }

    /// <summary>
    /// How many documents Apollo clients may register (automatic persisted queries) in this instance's memory, the
    /// least recently used going first; 0 turns registration off.
    /// </summary>
    [Range(0, 1_000_000)]
    public int AutomaticMaxCount { get; set; } = 1000;

    /// <summary>The registered documents' text in characters, all together, before the least recently used go.</summary>
    [Range(0, int.MaxValue)]
    public int AutomaticMaxChars { get; set; } = 2_000_000;
}
