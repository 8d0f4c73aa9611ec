using System.Globalization;
using System.Text.Json;
using GovGraph.Domain.Changes;
using GovGraph.Storage;

namespace GovGraph.Api.Redis;

/// <summary>
/// The JSON form of a committed <see cref="ChangeEvent"/> between instances. Property values use the store's
/// <see cref="PropertyValueJson"/> form, so a long stays a long and a double a double after the trip.
/// </summary>
public static class ChangeEventJson
{
    public static void Write(Utf8JsonWriter writer, ChangeEvent change)
    {
        writer.WriteStartObject();
        writer.WriteNumber("cursor", change.Cursor);
        writer.WriteString("type", change.Type.ToString());
        writer.WriteString("at", change.At.ToString("O", CultureInfo.InvariantCulture));
        writer.WriteString("actor", change.Actor);
        WriteOptional(writer, "nodeId", change.NodeId);
        WriteOptional(writer, "label", change.Label);
        if (change.Relationship is { } r)
        {
            writer.WriteStartObject("relationship");
            writer.WriteString("id", r.Id);
            writer.WriteString("type", r.Type);
            writer.WriteString("startId", r.StartId);
            writer.WriteString("endId", r.EndId);
            writer.WriteEndObject();
        }

        WriteProperties(writer, "before", change.Before);
        WriteProperties(writer, "after", change.After);
        writer.WriteStartArray("scope");
        foreach (var id in change.Scope)
        {
            writer.WriteStringValue(id);
        }

        writer.WriteEndArray();
        WriteOptional(writer, "commitId", change.CommitId);
        writer.WriteEndObject();
    }

    /// <summary>Reads one event written by <see cref="Write"/>; a <see cref="JsonException"/> for anything else.</summary>
    public static ChangeEvent Read(JsonElement json)
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("A change event is a JSON object.");
        }

        var typeText = Required(json, "type").GetString();
        if (!Enum.TryParse<ChangeType>(typeText, ignoreCase: false, out var type) || !Enum.IsDefined(type))
        {
            throw new JsonException($"Unknown change type '{typeText}'.");
        }

        RelationshipRef? relationship = null;
        if (json.TryGetProperty("relationship", out var r) && r.ValueKind == JsonValueKind.Object)
        {
            relationship = new RelationshipRef(Text(r, "id"), Text(r, "type"), Text(r, "startId"), Text(r, "endId"));
        }

        return new ChangeEvent(
            Required(json, "cursor").GetInt64(),
            type,
            DateTimeOffset.Parse(Text(json, "at"), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
            Text(json, "actor"),
            OptionalText(json, "nodeId"),
            OptionalText(json, "label"),
            relationship,
            ReadProperties(json, "before"),
            ReadProperties(json, "after"),
            Required(json, "scope").EnumerateArray().Select(e => e.GetString() ?? throw new JsonException("A scope id is a string.")).ToList())
        {
            CommitId = OptionalText(json, "commitId"),
        };
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteProperties(Utf8JsonWriter writer, string name, IReadOnlyDictionary<string, object?>? properties)
    {
        if (properties is null)
        {
            return;
        }

        writer.WriteStartObject(name);
        foreach (var (key, value) in properties)
        {
            writer.WritePropertyName(key);
            if (value is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                PropertyValueJson.Write(writer, key, value);
            }
        }

        writer.WriteEndObject();
    }

    private static Dictionary<string, object?>? ReadProperties(JsonElement json, string name)
    {
        if (!json.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        // The shared value reader works on a Utf8JsonReader, so the object is read again from its own text.
        var reader = new Utf8JsonReader(JsonSerializer.SerializeToUtf8Bytes(element));
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"'{name}' is a JSON object of properties.");
        }

        var properties = new Dictionary<string, object?>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader.GetString()!;
            reader.Read();
            properties[key] = reader.TokenType switch
            {
                JsonTokenType.Null => null,
                JsonTokenType.StartArray => ReadStrings(ref reader, key),
                _ => PropertyValueJson.TryReadScalar(ref reader, out var value)
                    ? value
                    : throw new JsonException($"Property '{key}' has an unsupported value."),
            };
        }

        return properties;
    }

    private static string[] ReadStrings(ref Utf8JsonReader reader, string key)
    {
        var items = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            items.Add(reader.TokenType == JsonTokenType.String
                ? reader.GetString()!
                : throw new JsonException($"Property '{key}' is a list of strings."));
        }

        return [.. items];
    }

    private static JsonElement Required(JsonElement json, string name) =>
        json.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value
            : throw new JsonException($"A change event needs '{name}'.");

    private static string Text(JsonElement json, string name) =>
        Required(json, name).GetString() ?? throw new JsonException($"'{name}' is a string.");

    private static string? OptionalText(JsonElement json, string name) =>
        json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
