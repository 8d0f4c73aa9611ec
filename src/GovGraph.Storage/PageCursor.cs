using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace GovGraph.Storage;

/// <summary>
/// Opaque paging cursors: base64url of a kind and a number (a row sequence number for insertion order, an
/// offset for other orders), so clients cannot rely on the shape and a cursor of one kind is refused where
/// another is expected. Every backend issues the same shape.
/// </summary>
public static class PageCursor
{
    public const char Node = 'n';
    public const char Relationship = 'r';

    /// <summary>A position in a list sorted by something other than insertion order.</summary>
    public const char Offset = 'o';

    public static string Encode(char kind, long seq) =>
        Base64Url.EncodeToString(Encoding.ASCII.GetBytes(kind + ":" + seq.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The sequence number or offset after which a page starts (0 when there is no cursor).</summary>
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
                && long.TryParse(text.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out var seq))
            {
                return seq;
            }
        }
        catch (FormatException)
        {
            // Reported below with the same message as any other malformed cursor.
        }

        throw new StoreException(StoreException.InvalidCursor, "The cursor is not one this API issued for this list.");
    }
}
