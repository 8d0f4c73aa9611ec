using System.Text;
using System.Text.Json;
using GovGraph.Api.Errors;
using GraphQL;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace GovGraph.Api.Transport;

/// <summary>
/// Turns a GET query string or a POST body into a <see cref="GraphQLHttpRequest"/>, checking every parameter's
/// type, so that nothing malformed reaches the executor and no bad input ends in a 500.
/// </summary>
internal static class GraphQLRequestReader
{
    // Throws on invalid bytes instead of substituting U+FFFD, so a broken client is told rather than misread.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly JsonDocumentOptions JsonOptions = new() { MaxDepth = 64 };

    public static (GraphQLHttpRequest? Request, TransportError? Error) FromQueryString(
        QueryString queryString, IGraphQLSerializer serializer)
    {
        // The raw query string is decoded here rather than through Request.Query, which silently replaces
        // invalid UTF-8 with U+FFFD.
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        var raw = queryString.HasValue ? queryString.Value!.AsSpan(1) : [];
        foreach (var pairRange in raw.Split('&'))
        {
            var pair = raw[pairRange];
            if (pair.IsEmpty)
            {
                continue;
            }

            var equals = pair.IndexOf('=');
            var name = PercentDecode(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? "" : PercentDecode(pair[(equals + 1)..]);
            if (name is null || value is null)
            {
                return (null, InvalidUtf8("The query string"));
            }

            if (!parameters.TryAdd(name, value) && IsGraphQLParameter(name))
            {
                return (null, TransportError.BadRequest(ErrorCodes.InvalidParameter, $"The '{name}' parameter was given more than once."));
            }
        }

        var operationName = parameters.GetValueOrDefault("operationName");
        if (!TryReadJsonObjectParameter(parameters.GetValueOrDefault("variables"), "variables", serializer, out var variables, out var error)
            || !TryReadJsonObjectParameter(parameters.GetValueOrDefault("extensions"), "extensions", serializer, out var extensions, out error))
        {
            return (null, error);
        }

        return Complete(parameters.GetValueOrDefault("query"), parameters.GetValueOrDefault("documentId"), operationName, variables, extensions);
    }

    /// <summary>
    /// The request once each parameter is read: exactly one of the query text and a document id (a
    /// <c>documentId</c>, else Apollo's persisted-query hash when no text was sent).
    /// </summary>
    private static (GraphQLHttpRequest? Request, TransportError? Error) Complete(
        string? query, string? documentId, string? operationName, Inputs? variables, Inputs? extensions)
    {
        if (string.IsNullOrEmpty(documentId))
        {
            documentId = null;
        }

        // Apollo clients send the hash beside the text once the server asked for it; with text, the text is the
        // request (checked against the hash before it is registered), so a hash never smuggles other text past the
        // persisted-only checks.
        var apolloHash = documentId is null ? ApolloHash(extensions) : null;
        if (string.IsNullOrWhiteSpace(query) && apolloHash is not null)
        {
            documentId = "sha256:" + apolloHash;
        }

        if (!string.IsNullOrWhiteSpace(query) && documentId is not null)
        {
            return (null, InvalidParameter("Send either 'query' or 'documentId', not both."));
        }

        if (string.IsNullOrWhiteSpace(query) && documentId is null)
        {
            return (null, QueryMissing());
        }

        return (new GraphQLHttpRequest(documentId is null ? query : null, string.IsNullOrEmpty(operationName) ? null : operationName,
            variables, extensions, documentId, apolloHash), null);
    }

    private static string? ApolloHash(Inputs? extensions) =>
        extensions?.TryGetValue("persistedQuery", out var persisted) == true
        && persisted is IDictionary<string, object?> fields
        && fields.TryGetValue("sha256Hash", out var hash) && hash is string { Length: > 0 } text
            ? text
            : null;

    public static async Task<(GraphQLHttpRequest? Request, TransportError? Error)> FromBodyAsync(
        HttpRequest request, int maxBodyBytes, IGraphQLSerializer serializer, CancellationToken cancellationToken)
    {
        if (!IsJsonContentType(request.ContentType))
        {
            return (null, new TransportError(StatusCodes.Status415UnsupportedMediaType, ErrorCodes.UnsupportedMediaType,
                "POST requests must have Content-Type application/json (UTF-8)."));
        }

        if (request.ContentLength > maxBodyBytes)
        {
            return (null, BodyTooLarge(maxBodyBytes));
        }

        // Let Kestrel's own limit sit just above ours, so the size is always reported by this transport.
        var sizeFeature = request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeFeature is { IsReadOnly: false })
        {
            sizeFeature.MaxRequestBodySize = maxBodyBytes + 1L;
        }

        var body = await ReadBodyAsync(request.Body, maxBodyBytes, cancellationToken);
        if (body is null)
        {
            return (null, BodyTooLarge(maxBodyBytes));
        }

        if (body.Length == 0)
        {
            return (null, TransportError.BadRequest(ErrorCodes.BodyMissing, "A POST request needs a JSON body."));
        }

        return Parse(body, serializer);
    }

    private static (GraphQLHttpRequest? Request, TransportError? Error) Parse(ReadOnlyMemory<byte> body, IGraphQLSerializer serializer)
    {
        if (!IsValidUtf8(body.Span))
        {
            return (null, InvalidUtf8("The request body"));
        }

        if (body.Span.StartsWith(Encoding.UTF8.Preamble))
        {
            body = body[Encoding.UTF8.Preamble.Length..];
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, JsonOptions);
        }
        catch (JsonException)
        {
            return (null, TransportError.BadRequest(ErrorCodes.InvalidJson, "The request body is not valid JSON."));
        }

        using (document)
        {
            return FromJson(document.RootElement, serializer);
        }
    }

    /// <summary>
    /// The request parameters of a JSON object (a POST body, a graphql-transport-ws <c>subscribe</c> payload),
    /// each checked for its type.
    /// </summary>
    public static (GraphQLHttpRequest? Request, TransportError? Error) FromJson(JsonElement root, IGraphQLSerializer serializer)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return (null, InvalidParameter("The request body must be a JSON object."));
        }

        string? query = null;
        string? documentId = null;
        string? operationName = null;
        Inputs? variables = null;
        Inputs? extensions = null;
        try
        {
            foreach (var property in root.EnumerateObject())
            {
                var value = property.Value;
                switch (property.Name)
                {
                    case "query" when value.ValueKind == JsonValueKind.String:
                        query = value.GetString();
                        break;
                    case "query" when value.ValueKind != JsonValueKind.Null:
                        return (null, InvalidParameter("The 'query' parameter must be a string."));
                    case "documentId" when value.ValueKind == JsonValueKind.String:
                        documentId = value.GetString();
                        break;
                    case "documentId" when value.ValueKind != JsonValueKind.Null:
                        return (null, InvalidParameter("The 'documentId' parameter must be a string or null."));
                    case "operationName" when value.ValueKind == JsonValueKind.String:
                        operationName = value.GetString();
                        break;
                    case "operationName" when value.ValueKind != JsonValueKind.Null:
                        return (null, InvalidParameter("The 'operationName' parameter must be a string or null."));
                    case "variables" when value.ValueKind == JsonValueKind.Object:
                        variables = serializer.ReadNode<Inputs>(value);
                        break;
                    case "extensions" when value.ValueKind == JsonValueKind.Object:
                        extensions = serializer.ReadNode<Inputs>(value);
                        break;
                    case "variables" or "extensions" when value.ValueKind != JsonValueKind.Null:
                        return (null, InvalidParameter($"The '{property.Name}' parameter must be an object or null."));
                }
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            // Well-formed JSON can still hold a string that is not Unicode (an unpaired surrogate escape).
            return (null, UnreadableValue(ex, "The request body"));
        }

        return Complete(query, documentId, operationName, variables, extensions);
    }

    private static bool TryReadJsonObjectParameter(string? text, string name, IGraphQLSerializer serializer,
        out Inputs? inputs, out TransportError? error)
    {
        inputs = null;
        error = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        try
        {
            using var document = JsonDocument.Parse(text, JsonOptions);
            switch (document.RootElement.ValueKind)
            {
                case JsonValueKind.Object:
                    inputs = serializer.ReadNode<Inputs>(document.RootElement);
                    return true;
                case JsonValueKind.Null:
                    return true;
            }
        }
        catch (Exception ex) when (ex is JsonException { InnerException: InvalidOperationException } or InvalidOperationException)
        {
            error = UnreadableValue(ex, $"The '{name}' parameter");
            return false;
        }
        catch (JsonException)
        {
        }

        error = InvalidParameter($"The '{name}' parameter must be a JSON-encoded object.");
        return false;
    }

    /// <summary>Reads at most <paramref name="maxBytes"/> bytes; null when the body is longer.</summary>
    private static async Task<byte[]?> ReadBodyAsync(Stream body, int maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static bool IsJsonContentType(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
            || !mediaType.MediaType.Equals(GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var charset = mediaType.Charset;
        return charset.Length == 0
            || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
            || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsValidUtf8(ReadOnlySpan<byte> bytes)
    {
        try
        {
            StrictUtf8.GetCharCount(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    /// <summary>Form-URL decoding ('+' is a space) with strict UTF-8; null on invalid UTF-8.</summary>
    private static string? PercentDecode(ReadOnlySpan<char> encoded)
    {
        var bytes = new byte[Encoding.UTF8.GetMaxByteCount(encoded.Length)];
        var count = 0;
        while (!encoded.IsEmpty)
        {
            var special = encoded.IndexOfAny('%', '+');
            var literal = special < 0 ? encoded : encoded[..special];
            count += Encoding.UTF8.GetBytes(literal, bytes.AsSpan(count));
            encoded = encoded[literal.Length..];
            if (encoded.IsEmpty)
            {
                break;
            }

            if (encoded[0] == '+')
            {
                bytes[count++] = (byte)' ';
                encoded = encoded[1..];
            }
            else if (encoded.Length >= 3 && byte.TryParse(encoded.Slice(1, 2), System.Globalization.NumberStyles.AllowHexSpecifier, null, out var b))
            {
                bytes[count++] = b;
                encoded = encoded[3..];
            }
            else
            {
                // A '%' not followed by two hex digits stands for itself, as browsers and ASP.NET treat it.
                bytes[count++] = (byte)'%';
                encoded = encoded[1..];
            }
        }

        try
        {
            return StrictUtf8.GetString(bytes, 0, count);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static bool IsGraphQLParameter(string name) => name is "query" or "documentId" or "operationName" or "variables" or "extensions";

    private static TransportError QueryMissing() =>
        TransportError.BadRequest(ErrorCodes.QueryMissing, "The 'query' parameter (or a persisted document's 'documentId') is missing or empty.");

    private static TransportError InvalidParameter(string message) =>
        TransportError.BadRequest(ErrorCodes.InvalidParameter, message);

    private static TransportError InvalidUtf8(string what) =>
        TransportError.BadRequest(ErrorCodes.InvalidUtf8, $"{what} is not valid UTF-8.");

    private static TransportError UnreadableValue(Exception exception, string what) =>
        exception is InvalidOperationException or JsonException { InnerException: InvalidOperationException }
            ? TransportError.BadRequest(ErrorCodes.InvalidUtf8, $"{what} holds a string that is not valid Unicode (an unpaired surrogate escape).")
            : InvalidParameter($"{what} holds a value that cannot be read.");

    private static TransportError BodyTooLarge(int maxBodyBytes) =>
        new(StatusCodes.Status413PayloadTooLarge, ErrorCodes.BodyTooLarge, $"The request body is larger than {maxBodyBytes} bytes.");
}
