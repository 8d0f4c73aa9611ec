using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace GovGraph.Api.Transport;

/// <summary>
/// Chooses the response media type from the Accept header, following RFC 9110 (the most specific matching range
/// gives a type its quality) and the GraphQL-over-HTTP spec's rules for the transition period.
/// </summary>
internal static class AcceptNegotiator
{
    /// <summary>
    /// <c>application/graphql-response+json</c>, <c>application/json</c>, or null when the client accepts neither
    /// (the caller answers 406).
    /// </summary>
    public static string? SelectResponseType(StringValues accept)
    {
        // No Accept header: the spec's legacy rule says treat it as application/json.
        if (StringValues.IsNullOrEmpty(accept) || !MediaTypeHeaderValue.TryParseList(accept, out var ranges) || ranges.Count == 0)
        {
            return GraphQLMediaTypes.Json;
        }

        var modern = Match(ranges, "application", "graphql-response+json");
        var legacy = Match(ranges, "application", "json");
        if (modern.Quality <= 0 && legacy.Quality <= 0)
        {
            return null;
        }

        if (modern.Quality != legacy.Quality)
        {
            return modern.Quality > legacy.Quality ? GraphQLMediaTypes.GraphQLResponseJson : GraphQLMediaTypes.Json;
        }

        // Equal quality: the new type only when the client named it; a bare */* or application/* keeps
        // application/json, which every client understands.
        return modern.Specificity == Exact ? GraphQLMediaTypes.GraphQLResponseJson : GraphQLMediaTypes.Json;
    }

    /// <summary>
    /// True when the client names <c>text/html</c> and likes it at least as much as JSON: a browser's address bar,
    /// not a GraphQL client sending <c>*/*</c>.
    /// </summary>
    public static bool PrefersHtml(StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept) || !MediaTypeHeaderValue.TryParseList(accept, out var ranges))
        {
            return false;
        }

        var html = Match(ranges, "text", "html");
        if (html.Specificity == Any || html.Quality <= 0)
        {
            return false;
        }

        var json = Math.Max(Match(ranges, "application", "json").Quality, Match(ranges, "application", "graphql-response+json").Quality);
        return html.Quality >= json;
    }

    /// <summary>
    /// True when the client would rather have an event stream than JSON: <c>text/event-stream</c> named itself (a
    /// wildcard never asks for a stream) with a higher q-value than either JSON type, or the same q-value and, of
    /// the two, named outright while JSON only comes through a wildcard, or listed first. RFC 9110 leaves equal
    /// q-values to the server; the client's own order is the least surprising reading. urql's default
    /// (<c>application/graphql-response+json, …, text/event-stream, multipart/mixed</c>) gets JSON, a graphql-sse
    /// client's <c>text/event-stream</c> gets the stream.
    /// </summary>
    public static bool PrefersEventStream(StringValues accept)
    {
        if (!TryParse(accept, out var ranges))
        {
            return false;
        }

        var stream = Match(ranges, "text", "event-stream");
        if (stream.Specificity != Exact || stream.Quality <= 0)
        {
            return false;
        }

        var modern = Match(ranges, "application", "graphql-response+json");
        var legacy = Match(ranges, "application", "json");
        var json = Rank(modern).CompareTo(Rank(legacy)) >= 0 ? modern : legacy;
        return json.Quality <= 0 || Rank(stream).CompareTo(Rank(json)) > 0;
    }

    /// <summary>
    /// True when the client names <c>text/event-stream</c> itself with a q-value above 0, preferred or not: a
    /// subscription, which JSON cannot carry, streams to such a client.
    /// </summary>
    public static bool AcceptsEventStream(StringValues accept)
    {
        if (!TryParse(accept, out var ranges))
        {
            return false;
        }

        var stream = Match(ranges, "text", "event-stream");
        return stream.Specificity == Exact && stream.Quality > 0;
    }

    private static bool TryParse(StringValues accept, out IList<MediaTypeHeaderValue> ranges)
    {
        ranges = [];
        return !StringValues.IsNullOrEmpty(accept) && MediaTypeHeaderValue.TryParseList(accept, out ranges!);
    }

    /// <summary>Orders two matches: quality first, then a named type over a wildcard, then the earlier in the header.</summary>
    private static ValueTuple<double, int, int> Rank((double Quality, int Specificity, int Position) match) =>
        (match.Quality, match.Specificity == Exact ? 1 : 0, -match.Position);

    private const int None = -1;
    private const int Any = 0;
    private const int Exact = 2;

    private static (double Quality, int Specificity, int Position) Match(IList<MediaTypeHeaderValue> ranges, string type, string subtype)
    {
        var best = (Quality: 0d, Specificity: None, Position: int.MaxValue);
        for (var position = 0; position < ranges.Count; position++)
        {
            var range = ranges[position];
            var specificity = SpecificityOf(range, type, subtype);
            if (specificity > best.Specificity)
            {
                best = (range.Quality ?? 1d, specificity, position);
            }
        }

        return best;
    }

    private static int SpecificityOf(MediaTypeHeaderValue range, string type, string subtype)
    {
        if (range.MatchesAllTypes)
        {
            return Any;
        }

        if (!range.Type.Equals(type, StringComparison.OrdinalIgnoreCase))
        {
            return None;
        }

        if (range.MatchesAllSubTypes)
        {
            return 1;
        }

        return range.SubType.Equals(subtype, StringComparison.OrdinalIgnoreCase) ? Exact : None;
    }
}
