using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace GovGraph.Storage.Interchange;

/// <summary>
/// Property values in the interchange file: strings, integers, floats, booleans and arrays of strings. A float
/// always keeps a fraction ("3.0") so it reads back as a float, which makes export → import → export exact.
/// </summary>
internal static class ApocJsonValues
{
    // Chinese names stay readable in the file; it never reaches HTML.
    public static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

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
                    $"Property '{name}' has a value of type {value.GetType().Name}; only string, long, double, bool and string[] can be exported.");
        }
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
