using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace GovGraph.Storage.Neo4j.Store;

/// <summary>
/// Opaque paging cursors, the same shape as the embedded store's: base64url of a kind and a number (a
/// <c>gg_seq</c> for insertion order, an offset for other orders).
/// </summary>
internal static class Neo4jCursor
{
    public const char Node = 'n';
    public const char Relationship = 'r';
    public const char Offset = 'o';

    public static string Encode(char kind, long value) =>
        Base64Url.EncodeToString(Encoding.ASCII.GetBytes(kind + ":" + value.ToString(CultureInfo.InvariantCulture)));

    public static long Decode(char kind, string? cursor)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return 0;
        }

        try
        {
            var text = Encoding.ASCII.GetString(Base64Url.DecodeFromChars(cursor));
            if (text.Length > 2 && text[0] == kind && text[1] == ':'
                && long.TryParse(text.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }
        }
        catch (FormatException)
        {
            // Reported below with the same message as any other malformed cursor.
        }

        throw new StoreException(StoreException.InvalidCursor, "The cursor is not one this API issued for this list.");
    }
}
