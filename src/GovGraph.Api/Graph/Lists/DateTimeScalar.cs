using System.Globalization;
using GovGraph.Domain.Rules;
using GraphQLParser.AST;
using GraphQL.Types;

namespace GovGraph.Api.Graph.Lists;

/// <summary>
/// The <c>DateTime</c> scalar: an instant as RFC 3339 / ISO-8601 with an offset (<c>2026-11-02T09:00:00+08:00</c>,
/// <c>2026-11-02T01:00:00Z</c>). Input without an offset is refused rather than guessed in the server's zone, since
/// Ningguo's clocks (UTC+8) and a server's (often UTC) differ. Output is always UTC, as stored.
/// </summary>
public sealed class DateTimeScalar : ScalarGraphType
{
    public DateTimeScalar()
    {
        Name = "DateTime";
        Description = "An instant, RFC 3339 with an offset, e.g. `2026-11-02T09:00:00+08:00`. Output is UTC (`…Z`).";
    }

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue s => Parse((string)s.Value),
        _ => ThrowLiteralConversionError(value),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        string s => Parse(s),
        DateTimeOffset instant => instant,
        _ => ThrowValueConversionError(value),
    };

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        DateTimeOffset instant => PropertyValidator.IsoInstant(instant),
        string s => Parse(s) is DateTimeOffset instant ? PropertyValidator.IsoInstant(instant) : s,
        _ => ThrowSerializationError(value),
    };

    private static DateTimeOffset Parse(string text)
    {
        var hasOffset = text.Length > 10 && (text.EndsWith('Z') || text.EndsWith('z') || text[^6] is '+' or '-');
        if (hasOffset && text.Contains('T', StringComparison.OrdinalIgnoreCase)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
        {
            return instant;
        }

        throw new FormatException($"`{text}` is not a DateTime: write an RFC 3339 instant with an offset, e.g. 2026-11-02T09:00:00+08:00.");
    }
}
