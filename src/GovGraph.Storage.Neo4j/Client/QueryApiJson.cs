using System.Collections;
using System.Globalization;
using System.Text.Json;
using GovGraph.Storage.Neo4j.Cypher;

namespace GovGraph.Storage.Neo4j.Client;

/// <summary>Request bodies and response parsing for the Query API's plain-JSON format.</summary>
internal static class QueryApiJson
{
    public static byte[] StatementBody(
        CypherStatement? statement, AccessMode? mode, IReadOnlyList<string> bookmarks)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            if (statement is not null)
            {
                json.WriteString("statement", statement.Text);
                json.WritePropertyName("parameters");
                WriteMap(json, statement.Parameters);
            }

            if (mode is { } m)
            {
                json.WriteString("accessMode", m == AccessMode.Read ? "Read" : "Write");
            }

            if (bookmarks.Count > 0)
            {
                json.WriteStartArray("bookmarks");
                foreach (var bookmark in bookmarks)
                {
                    json.WriteStringValue(bookmark);
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>Writes a C# parameter value as plain JSON (the Query API's untyped format).</summary>
    public static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case string s:
                json.WriteStringValue(s);
                break;
            case bool b:
                json.WriteBooleanValue(b);
                break;
            case int or long or short or byte or sbyte or ushort or uint:
                json.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case double d:
                WriteFloat(json, d.ToString("R", CultureInfo.InvariantCulture), double.IsFinite(d));
                break;
            case float f:
                WriteFloat(json, f.ToString("R", CultureInfo.InvariantCulture), float.IsFinite(f));
                break;
            case decimal m:
                WriteFloat(json, m.ToString(CultureInfo.InvariantCulture), finite: true);
                break;
            case DateOnly date:
                json.WriteStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case DateTimeOffset instant:
                json.WriteStringValue(instant.ToString("O", CultureInfo.InvariantCulture));
                break;
            case Guid guid:
                json.WriteStringValue(guid.ToString());
                break;
            case Enum e:
                json.WriteStringValue(e.ToString());
                break;
            case JsonElement element:
                element.WriteTo(json);
                break;
            case IReadOnlyDictionary<string, object?> map:
                WriteMap(json, map);
                break;
            case IDictionary dictionary:
                json.WriteStartObject();
                foreach (DictionaryEntry entry in dictionary)
                {
                    json.WritePropertyName(Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? "");
                    WriteValue(json, entry.Value);
                }

                json.WriteEndObject();
                break;
            case IEnumerable items:
                json.WriteStartArray();
                foreach (var item in items)
                {
                    WriteValue(json, item);
                }

                json.WriteEndArray();
                break;
            default:
                throw new ArgumentException(
                    $"A Cypher parameter of type {value.GetType()} has no JSON form here; pass a string, number, " +
                    "bool, DateOnly, list or map.", nameof(value));
        }
    }

    // Plain JSON has one number type: Neo4j stores 2 as an INTEGER and 2.0 as a FLOAT, so a float keeps its fraction
    // (the rule PropertyValueJson applies to every stored property map).
    private static void WriteFloat(Utf8JsonWriter json, string text, bool finite)
    {
        if (!finite)
        {
            throw new ArgumentException("A Cypher parameter is NaN or infinite, which plain JSON cannot carry.");
        }

        json.WriteRawValue(text.AsSpan().IndexOfAny('.', 'E', 'e') < 0 ? text + ".0" : text, skipInputValidation: true);
    }

    private static void WriteMap(Utf8JsonWriter json, IReadOnlyDictionary<string, object?> map)
    {
        json.WriteStartObject();
        foreach (var (name, value) in map)
        {
            json.WritePropertyName(name);
            WriteValue(json, value);
        }

        json.WriteEndObject();
    }

    public static CypherResult ReadResult(JsonElement? root)
    {
        var fields = new List<string>();
        var values = new List<IReadOnlyList<JsonElement>>();
        if (root is { ValueKind: JsonValueKind.Object } body
            && body.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
        {
            if (data.TryGetProperty("fields", out var names) && names.ValueKind == JsonValueKind.Array)
            {
                fields.AddRange(names.EnumerateArray().Select(n => n.GetString() ?? ""));
            }

            if (data.TryGetProperty("values", out var rows) && rows.ValueKind == JsonValueKind.Array)
            {
                foreach (var row in rows.EnumerateArray())
                {
                    values.Add(row.EnumerateArray().Select(v => v.Clone()).ToArray());
                }
            }
        }

        return new CypherResult(fields, values) { Bookmarks = ReadBookmarks(root) };
    }

    public static IReadOnlyList<string> ReadBookmarks(JsonElement? root) =>
        root is { ValueKind: JsonValueKind.Object } body
        && body.TryGetProperty("bookmarks", out var marks) && marks.ValueKind == JsonValueKind.Array
            ? marks.EnumerateArray().Select(b => b.GetString() ?? "").Where(b => b.Length > 0).ToArray()
            : [];

    public static string? ReadTransactionId(JsonElement? root) =>
        Transaction(root) is { } tx && tx.TryGetProperty("id", out var id)
            ? id.ValueKind == JsonValueKind.String ? id.GetString() : id.GetRawText()
            : null;

    /// <summary>When the server will roll the transaction back unless it hears from us (<c>transaction.expires</c>).</summary>
    public static DateTimeOffset? ReadTransactionExpiry(JsonElement? root) =>
        Transaction(root) is { } tx && tx.TryGetProperty("expires", out var expires) && expires.ValueKind == JsonValueKind.String
        && DateTimeOffset.TryParse(expires.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? at
            : null;

    private static JsonElement? Transaction(JsonElement? root) =>
        root is { ValueKind: JsonValueKind.Object } body
        && body.TryGetProperty("transaction", out var tx) && tx.ValueKind == JsonValueKind.Object
            ? tx
            : null;

    /// <summary>The first entry of the <c>errors</c> array, if any.</summary>
    public static (string Code, string Message)? ReadError(JsonElement? root)
    {
        if (root is not { ValueKind: JsonValueKind.Object } body
            || !body.TryGetProperty("errors", out var errors) || errors.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        foreach (var error in errors.EnumerateArray())
        {
            var code = error.TryGetProperty("code", out var c) ? c.GetString() : null;
            var message = error.TryGetProperty("message", out var m) ? m.GetString() : null;
            return (code ?? "Neo.DatabaseError.General.UnknownError", message ?? "Neo4j reported an error without a message.");
        }

        return null;
    }
}
