using System.Globalization;
using GovGraph.Api.Errors;

namespace GovGraph.Api.Changes.Feed;

/// <summary>
/// The text form of a change-log cursor: the sequence number zero-padded to 16 digits, so cursors sort the same
/// as numbers and as strings ("0000000000000042").
/// </summary>
public static class ChangeCursor
{
    private const int Digits = 16;

    public static string Format(long cursor) => cursor.ToString("D16", CultureInfo.InvariantCulture);

    /// <summary>The sequence number of a cursor text; <see cref="GovGraphError"/> INVALID_CURSOR for anything else.</summary>
    public static long Parse(string text, string field = "after")
    {
        if (text.Length != Digits || !text.All(char.IsAsciiDigit)
            || !long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var cursor))
        {
            throw new GovGraphError(ErrorCodes.InvalidCursor,
                $"`{field}` is not a change cursor this API issued (16 decimal digits, e.g. \"0000000000000042\").", field);
        }

        return cursor;
    }
}
