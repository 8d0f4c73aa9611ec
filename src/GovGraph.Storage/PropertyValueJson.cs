using System.Globalization;
using System.Text.Json;

namespace GovGraph.Storage;

/// <summary>
/// How property values look in JSON, wherever the graph is written as JSON (a store's property column, the
/// interchange file): strings, integers, floats, booleans and arrays of strings. A float always keeps a fraction
/// ("3.0") so it reads back as a float, and an integer reads back as a <see cref="long"/>.
/// </summary>
public static class PropertyValueJson
{
    public static void Write(Utf8JsonWriter writer, string name, object value)
    {
        switch (value)
        {
            case string s:
                writer.WriteStringValue(s);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case long or int or short or byte or uint:
                writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case double or float or decimal:
                WriteDouble(writer, name, Convert.ToDouble(value, CultureInfo.InvariantCulture));
                break;
            case IEnumerable<string> list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    writer.WriteStringValue(item);
                }

                writer.WriteEndArray();
                break;
            default:
                throw new ArgumentException(
                    $"Property '{name}' has a value of type {value.GetType().Name}; only string, long, double, bool and string[] are supported.");
        }
    }

    /// <summary>
    /// Reads the scalar under the reader (string, boolean or number); false for anything else, which each caller
    /// treats its own way (a store reads leniently, an import refuses).
    /// </summary>
    public static bool TryReadScalar(ref Utf8JsonReader reader, out object? value)
    {
        value = reader.TokenType switch
        {
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            JsonTokenType.Number => ReadNumber(ref reader),
            _ => null,
        };
        return value is not null;
    }

    /// <summary>Reads the number under the reader: a <see cref="long"/> when it is written without a fraction or exponent.</summary>
    private static object ReadNumber(ref Utf8JsonReader reader)
    {
        // Boxed separately: a conditional expression would widen the long to double.
        if (reader.ValueSpan.IndexOfAny((byte)'.', (byte)'e', (byte)'E') < 0 && reader.TryGetInt64(out var integer))
        {
            return integer;
        }

        return reader.GetDouble();
    }

    private static void WriteDouble(Utf8JsonWriter writer, string name, double d)
    {
        if (!double.IsFinite(d))
        {
            throw new ArgumentException($"Property '{name}' is not a finite number.");
        }

        var text = d.ToString("R", CultureInfo.InvariantCulture);
        if (text.AsSpan().IndexOfAny('.', 'E', 'e') < 0)
        {
            text += ".0";
        }

        writer.WriteRawValue(text, skipInputValidation: true);
    }
}
