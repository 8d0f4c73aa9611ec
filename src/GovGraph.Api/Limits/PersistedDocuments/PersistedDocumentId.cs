using System.Security.Cryptography;

namespace GovGraph.Api.Limits.PersistedDocuments;

/// <summary>
/// A persisted document's id: <c>sha256:</c> and the lowercase hex SHA-256 of the document's UTF-8 bytes, the
/// form of the GraphQL-over-HTTP persisted-documents appendix (and of Apollo's hash, with the prefix).
/// </summary>
public static class PersistedDocumentId
{
    public const string Prefix = "sha256:";

    public static string Of(ReadOnlySpan<byte> utf8) => Prefix + Convert.ToHexStringLower(SHA256.HashData(utf8));
}
