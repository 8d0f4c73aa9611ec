using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace GovGraph.Api.Security.ApiKeys;

/// <summary>
/// The key format and its hashing. A key is <c>gg_&lt;id&gt;_&lt;secret&gt;</c>: the id (16 lower-case hex
/// characters) finds the record in one lookup, the secret (32 random bytes, base64url without padding) proves
/// possession. Only HMAC-SHA256(key: a random 16-byte salt, data: the secret's UTF-8) is stored, never the secret.
/// </summary>
public static class ApiKeySecrets
{
    public const string Prefix = "gg_";

    public const int IdLength = 16;

    /// <summary>32 bytes in base64url without padding.</summary>
    public const int SecretLength = 43;

    /// <summary>Every well-formed key has exactly this length.</summary>
    public const int KeyLength = 3 + IdLength + 1 + SecretLength;

    private const int SecretBytes = 32;

    private const int SaltBytes = 16;

    public static string NewId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(IdLength / 2));

    public static string NewSecret() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(SecretBytes));

    public static string NewSalt() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(SaltBytes));

    public static string Format(string id, string secret) => $"{Prefix}{id}_{secret}";

    /// <summary>HMAC-SHA256 of the secret keyed with the (base64) salt, base64.</summary>
    public static string Hash(string secret, string salt) =>
        Convert.ToBase64String(HMACSHA256.HashData(Convert.FromBase64String(salt), Encoding.UTF8.GetBytes(secret)));

    /// <summary>Whether the secret matches the stored salt and hash, compared in constant time; false for a damaged record.</summary>
    public static bool Verify(string secret, string salt, string hash)
    {
        Span<byte> saltBytes = stackalloc byte[64];
        Span<byte> expected = stackalloc byte[HMACSHA256.HashSizeInBytes];
        if (!Convert.TryFromBase64String(salt, saltBytes, out var saltLength)
            || !Convert.TryFromBase64String(hash, expected, out var hashLength)
            || hashLength != HMACSHA256.HashSizeInBytes)
        {
            return false;
        }

        Span<byte> actual = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(saltBytes[..saltLength], Encoding.UTF8.GetBytes(secret), actual);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    /// <summary>
    /// Splits a presented key into id and secret; false (never an exception) for anything that is not exactly a
    /// key's shape: wrong length, prefix or separator, an id that is not lower-case hex, a secret outside base64url.
    /// </summary>
    public static bool TryParse(string? presented, out string id, out string secret)
    {
        id = secret = string.Empty;
        if (presented is null
            || presented.Length != KeyLength
            || !presented.StartsWith(Prefix, StringComparison.Ordinal)
            || presented[Prefix.Length + IdLength] != '_')
        {
            return false;
        }

        var idPart = presented.AsSpan(Prefix.Length, IdLength);
        var secretPart = presented.AsSpan(Prefix.Length + IdLength + 1);
        if (!IsId(idPart) || secretPart.ContainsAnyExcept(Base64UrlCharacters))
        {
            return false;
        }

        id = idPart.ToString();
        secret = secretPart.ToString();
        return true;
    }

    /// <summary>Whether a text is a key id: 16 lower-case hex characters.</summary>
    public static bool IsId(ReadOnlySpan<char> text) => text.Length == IdLength && !text.ContainsAnyExcept(LowerHex);

    private static readonly System.Buffers.SearchValues<char> LowerHex = System.Buffers.SearchValues.Create("0123456789abcdef");

    private static readonly System.Buffers.SearchValues<char> Base64UrlCharacters =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");
}
