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

    /// <summary>When true, nobody may send raw query text: every request names a persisted document.</summary>
    public bool AllowOnly { get; set; }
}
