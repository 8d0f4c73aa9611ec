using System.Security.Cryptography;
using System.Text;
using GovGraph.Api.Errors;
using GovGraph.Api.Transport;
using GraphQL;
using Microsoft.Extensions.Options;

namespace GovGraph.Api.Limits.PersistedDocuments;

/// <summary>
/// Apollo's automatic persisted queries: a hash the server does not know is answered
/// <c>PERSISTED_QUERY_NOT_FOUND</c>, the client sends it again with the text, and the text is registered under the
/// hash once it checks out. The registry is this instance's memory, bounded by count and characters with the least
/// recently used going first: it is a cache the client refills in one round trip, so a restart or another instance
/// costs a retry, never an error, and anonymous callers never write to the store. With
/// <see cref="PersistedDocumentsOptions.AllowOnly"/> nothing is registered and unknown hashes stay
/// <c>PERSISTED_DOCUMENT_NOT_FOUND</c>, which Apollo does not retry.
/// </summary>
internal sealed class AutomaticPersistedQueries(IOptions<PersistedDocumentsOptions> options, PersistedDocumentStore documents)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, LinkedListNode<(string Hash, string Text)>> _byHash = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Hash, string Text)> _recent = new();
    private long _chars;

    private bool Enabled => !options.Value.AllowOnly && options.Value.AutomaticMaxCount > 0;

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _byHash.Count;
            }
        }
    }

    /// <summary>The text registered under an Apollo request's hash, or null.</summary>
    public string? Find(GraphQLHttpRequest request) =>
        request is { Query: null, ApolloHash: { } hash } && Enabled ? Find(hash) : null;

    /// <summary>
    /// The request to run (a registered hash becomes its text), or the refusal Apollo's protocol gives, and whether
    /// the text is to be registered once it validates.
    /// </summary>
    public (GraphQLHttpRequest Request, ExecutionError? Refusal, bool Register) Resolve(GraphQLHttpRequest request)
    {
        if (request.ApolloHash is not { } hash || options.Value.AllowOnly)
        {
            // Not Apollo's protocol, or closed: the persisted-document rules and codes apply unchanged.
            return (request, null, false);
        }

        if (request.Query is { } text)
        {
            return HashOf(text).Equals(hash, StringComparison.OrdinalIgnoreCase)
                ? (request, null, Enabled)
                : (request, new ExecutionError("The query text does not hash to extensions.persistedQuery.sha256Hash (SHA-256 of its UTF-8 bytes, lowercase hex).")
                { Code = ErrorCodes.PersistedQueryHashMismatch }, false);
        }

        if (documents.Find(request.DocumentId) is not null)
        {
            return (request, null, false);
        }

        if (!Enabled)
        {
            return (request, new ExecutionError("PersistedQueryNotSupported") { Code = ErrorCodes.PersistedQueryNotSupported }, false);
        }

        return Find(hash) is { } registered
            ? (request with { Query = registered, DocumentId = null }, null, false)
            : (request, new ExecutionError("PersistedQueryNotFound") { Code = ErrorCodes.PersistedQueryNotFound }, false);
    }

    /// <summary>Registers a text under its hash, dropping the least recently used beyond the bounds.</summary>
    public void Register(string text)
    {
        var limits = options.Value;
        if (!Enabled || text.Length > limits.AutomaticMaxChars)
        {
            return;
        }

        var hash = HashOf(text);
        lock (_lock)
        {
            if (_byHash.TryGetValue(hash, out var known))
            {
                _recent.Remove(known);
                _recent.AddFirst(known);
                return;
            }

            _byHash[hash] = _recent.AddFirst((hash, text));
            _chars += text.Length;
            while (_byHash.Count > limits.AutomaticMaxCount || _chars > limits.AutomaticMaxChars)
            {
                var oldest = _recent.Last!;
                _recent.RemoveLast();
                _byHash.Remove(oldest.Value.Hash);
                _chars -= oldest.Value.Text.Length;
            }
        }
    }

    private string? Find(string hash)
    {
        lock (_lock)
        {
            if (!_byHash.TryGetValue(hash.ToLowerInvariant(), out var node))
            {
                return null;
            }

            _recent.Remove(node);
            _recent.AddFirst(node);
            return node.Value.Text;
        }
    }

    private static string HashOf(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
