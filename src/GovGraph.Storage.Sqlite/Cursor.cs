using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace GovGraph.Storage.Sqlite;

/// <summary>Opaque paging cursors: base64url of a row sequence number, so clients cannot rely on the shape.</summary>
internal static class Cursor
{
    private const string Prefix = "s:";

    public static string Encode(long seq) =>
        Base64Url.EncodeToString(Encoding.ASCII.GetBytes(Prefix + seq.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The sequence number after which a page starts (0 when there is no cursor).</summary>
    public static long Decode(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return 0;
        }

        try
        {
            var text = Encoding.ASCII.GetString(Base64Url.DecodeFromChars(cursor));
            if (text.StartsWith(Prefix, StringComparison.Ordinal)
                && long.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var seq))
            {
                return seq;
            }
        }
        catch (FormatException)
        {
            // Reported below with the same message as any other malformed cursor.
        }

        throw new ArgumentException("The cursor is not one this store produced.", nameof(cursor));
    }
}
