using System.Text.Encodings.Web;
using System.Text.Json;

namespace GovGraph.Api.Transport;

/// <summary>
/// The one encoding of every JSON body GovGraph answers with (GraphQL results on every transport, transport and
/// authentication errors, rate limiting, health, CSV-export errors): text as written, so a message says
/// <c>isn't</c>, not <c>isn\u0027t</c>, and Chinese stays UTF-8 instead of <c>\uXXXX</c>.
/// </summary>
/// <remarks>
/// The relaxed encoder leaves <c>' " &lt; &gt; &amp;</c> and non-ASCII letters unescaped (<c>"</c> and <c>\</c> are
/// still escaped where JSON needs it, and control characters always). The HTML-sensitive escapes only protect JSON
/// pasted into an HTML page or an inline script; these bodies are never that: they go out as
/// <c>application/json</c>, <c>application/graphql-response+json</c>, WebSocket text frames or SSE
/// <c>data:</c> lines, which a browser does not render as HTML, and GovGraph's one page (GraphiQL) reads them with
/// fetch and JSON.parse, never by inlining them into markup.
/// </remarks>
public static class ResponseJson
{
    public static JavaScriptEncoder Encoder => JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    /// <summary>For bodies written with <see cref="Utf8JsonWriter"/>.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new() { Encoder = Encoder };

    /// <summary>For bodies written with <see cref="JsonSerializer"/> (property names as the anonymous types spell them).</summary>
    public static JsonSerializerOptions SerializerOptions { get; } = new() { Encoder = Encoder };
}
