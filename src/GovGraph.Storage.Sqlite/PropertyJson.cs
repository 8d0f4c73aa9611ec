using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace GovGraph.Storage.Sqlite;

/// <summary>
/// Property maps to and from the JSON kept in <c>props</c>. Integers are written without a fraction and
/// doubles always with one, so reading back gives <see cref="long"/> and <see cref="double"/> as written.
/// </summary>
internal static class PropertyJson
{
    public const string Empty = "{}";

    // Relaxed escaping keeps Chinese text readable and compact; the JSON never reaches HTML.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Serialize(IReadOnlyDictionary<string, object?> properties)
    {
        if (properties.Count == 0)
        {
            return Empty;
        }

        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            foreach (var (name, value) in properties)
            {
                // An absent optional property is simply missing, so null is not stored.
                if (value is null)
                {
                    continue;
                }

                writer.WritePropertyName(name);
                PropertyValueJson.Write(writer, name, value);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes a list of scalars as a JSON array (the parameter of <c>json_each</c>).</summary>
    public static string SerializeArray(IEnumerable<object?> values)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartArray();
            foreach (var value in values)
            {
                if (value is null)
                {
                    writer.WriteNullValue();
                }
                else
                {
                    PropertyValueJson.Write(writer, "value", value);
                }
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static IReadOnlyDictionary<string, object?> Deserialize(string json)
    {
        if (json == Empty)
        {
            return new Dictionary<string, object?>(0);
        }

        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            var value = ReadValue(ref reader);
            if (value is not null)
            {
                result[name] = value;
            }
        }

        return result;
    }

    private static object? ReadValue(ref Utf8JsonReader reader)
    {
        if (PropertyValueJson.TryReadScalar(ref reader, out var scalar))
        {
            return scalar;
        }

        switch (reader.TokenType)
        {
            case JsonTokenType.StartArray:
                var items = new List<string>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadValue(ref reader) switch
                    {
                        null => string.Empty,
                        string s => s,
                        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                        var other => other.ToString() ?? string.Empty,
                    });
                }

                return items.ToArray();
            case JsonTokenType.StartObject:
                // Not produced by this store; kept as raw JSON text rather than lost.
                using (var document = JsonDocument.ParseValue(ref reader))
                {
                    return document.RootElement.GetRawText();
                }

            default:
                return null;
        }
    }
}
