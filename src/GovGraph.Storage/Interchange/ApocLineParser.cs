using System.Globalization;
using System.Text.Json;

namespace GovGraph.Storage.Interchange;

/// <summary>
/// Parses one line into an <see cref="ApocLine"/> with <see cref="Utf8JsonReader"/>, straight from the file's
/// bytes. Fields may come in any order; fields this format does not define are skipped.
/// </summary>
internal static class ApocLineParser
{
    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = 8 };

    /// <exception cref="ApocLineException">The line is not an object of the expected shape.</exception>
    public static ApocLine Parse(ReadOnlySpan<byte> json)
    {
        try
        {
            var reader = new Utf8JsonReader(json, ReaderOptions);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                throw new ApocLineException("the line is not a JSON object");
            }

            var line = ReadLine(ref reader);

            // Anything after the object (a second value, say) makes the reader throw.
            if (reader.Read())
            {
                throw new ApocLineException("the line holds more than one JSON value");
            }

            return line;
        }
        catch (JsonException e)
        {
            throw new ApocLineException($"not valid JSON at column {(e.BytePositionInLine ?? 0) + 1}: {Describe(e)}");
        }
    }

    private static ApocLine ReadLine(ref Utf8JsonReader reader)
    {
        var line = new ApocLine();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = reader.GetString();
            reader.Read();
            switch (field)
            {
                case "type":
                    line.Type = ReadString(ref reader, "\"type\"");
                    break;
                case "id":
                    line.Id = ReadId(ref reader, "\"id\"");
                    break;
                case "labels":
                    line.Labels = ReadStrings(ref reader, "\"labels\"");
                    break;
                case "label":
                    line.Label = ReadString(ref reader, "\"label\"");
                    break;
                case "start":
                    line.StartId = ReadEnd(ref reader, "start");
                    break;
                case "end":
                    line.EndId = ReadEnd(ref reader, "end");
                    break;
                case "properties":
                    ReadProperties(ref reader, line);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        return line;
    }

    private static string? ReadString(ref Utf8JsonReader reader, string what) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Null => null,
        _ => throw new ApocLineException($"{what} must be a string"),
    };

    // Neo4j versions differ in writing internal ids as strings or as numbers; both are taken as text.
    private static string? ReadId(ref Utf8JsonReader reader, string what) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Number when reader.TryGetInt64(out var number) => number.ToString(CultureInfo.InvariantCulture),
        JsonTokenType.Null => null,
        _ => throw new ApocLineException($"{what} must be a string or an integer"),
    };

    private static List<string> ReadStrings(ref Utf8JsonReader reader, string what)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new ApocLineException($"{what} must be an array of strings");
        }

        var items = new List<string>(1);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            items.Add(reader.TokenType == JsonTokenType.String
                ? reader.GetString()!
                : throw new ApocLineException($"{what} must be an array of strings"));
        }

        return items;
    }

    private static string? ReadEnd(ref Utf8JsonReader reader, string end)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new ApocLineException($"\"{end}\" must be an object with an \"id\"");
        }

        string? id = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = reader.GetString();
            reader.Read();
            if (field == "id")
            {
                id = ReadId(ref reader, $"{end}.id");
            }
            else
            {
                // The end's labels repeat what its node line says; the node line is the one that counts.
                reader.Skip();
            }
        }

        return id;
    }

    private static void ReadProperties(ref Utf8JsonReader reader, ApocLine line)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new ApocLineException("\"properties\" must be an object");
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            if (name == "id")
            {
                line.PropertyId = ReadString(ref reader, "properties.id");
                continue;
            }

            var value = ReadValue(ref reader, name);
            if (value is null)
            {
                // An absent optional property is simply missing; null carries nothing more.
                line.Properties.Remove(name);
            }
            else
            {
                line.Properties[name] = value;
            }
        }
    }

    private static object? ReadValue(ref Utf8JsonReader reader, string name)
    {
        if (PropertyValueJson.TryReadScalar(ref reader, out var scalar))
        {
            return scalar;
        }

        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.StartArray:
                var items = new List<string>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (reader.TokenType != JsonTokenType.String)
                    {
                        throw new ApocLineException(
                            $"property \"{name}\" is an array holding {Kind(reader.TokenType)}; only arrays of strings are supported");
                    }

                    items.Add(reader.GetString()!);
                }

                return items.ToArray();
            default:
                throw new ApocLineException(
                    $"property \"{name}\" is {Kind(reader.TokenType)}; values must be strings, numbers, booleans or arrays of strings");
        }
    }

    private static string Kind(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "a nested object",
        JsonTokenType.StartArray => "a nested array",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => "a " + token.ToString().ToLowerInvariant(),
    };

    // The reader's messages end in its own position details, which the column above already gives.
    private static string Describe(JsonException e)
    {
        var message = e.Message;
        var at = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (at >= 0 ? message[..at] : message).TrimEnd();
    }
}
