using System.Collections.Frozen;
using System.Text;
using GraphQL.PersistedDocuments;
using Microsoft.Extensions.Options;

namespace GovGraph.Api.Limits.PersistedDocuments;

/// <summary>
/// The persisted documents of <see cref="PersistedDocumentsOptions.Path"/>, read once at start and kept in memory,
/// each under its <see cref="PersistedDocumentId"/>. GraphQL.NET's persisted-document handler loads from here, and
/// the transports look a document up to learn its operation type before running it.
/// </summary>
internal sealed class PersistedDocumentStore(IOptions<PersistedDocumentsOptions> options, ILogger<PersistedDocumentStore> logger)
    : IPersistedDocumentLoader, IHostedService
{
    private readonly Lazy<FrozenDictionary<string, string>> _documents = new(() => Load(options.Value.Path, logger));

    public int Count => _documents.Value.Count;

    /// <summary>The document's text, or null when the id names none.</summary>
    public string? Find(string? documentId) =>
        documentId is not null && _documents.Value.TryGetValue(documentId, out var text) ? text : null;

    public ValueTask<string?> GetQueryAsync(string? documentIdPrefix, string documentIdPayload, CancellationToken cancellationToken) =>
        ValueTask.FromResult(documentIdPrefix is null ? null : Find(documentIdPrefix + ":" + documentIdPayload));

    // Reading at start makes a missing folder or an unreadable file fail the start, not the first request.
    public Task StartAsync(CancellationToken cancellationToken) => Task.FromResult(Count);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static FrozenDictionary<string, string> Load(string? path, ILogger logger)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return FrozenDictionary<string, string>.Empty;
        }

        var folder = System.IO.Path.GetFullPath(path);
        if (!Directory.Exists(folder))
        {
            throw new InvalidOperationException($"GraphQL:PersistedDocuments:Path '{folder}' is not a folder.");
        }

        var strictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        var documents = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*.graphql", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var bytes = File.ReadAllBytes(file);
            string text;
            try
            {
                text = strictUtf8.GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                throw new InvalidOperationException($"The persisted document '{file}' is not valid UTF-8.");
            }

            documents.TryAdd(PersistedDocumentId.Of(bytes), text);
        }

        PersistedDocumentsLog.Loaded(logger, documents.Count, folder);
        return documents.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
