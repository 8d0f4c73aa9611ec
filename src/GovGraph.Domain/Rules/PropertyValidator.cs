using System.Globalization;

namespace GovGraph.Domain.Rules;

/// <summary>
/// Checks the property values of a change against their <see cref="PropertySpec"/>s and brings them to the
/// model's stored types (whole numbers as <see cref="long"/>, dates as ISO text). Any fault is a
/// <see cref="DomainRuleException"/> <see cref="RuleCodes.InvalidInput"/> naming the property as its field.
/// </summary>
public static class PropertyValidator
{
    /// <summary>Longest text a property may hold.</summary>
    public const int MaxTextLength = 1000;

    /// <summary>Most entries a list property may hold.</summary>
    public const int MaxListLength = 50;

    /// <summary>
    /// The properties of something new: every given value checked, defaults filled in, required ones present.
    /// A null value counts as not given.
    /// </summary>
    public static Dictionary<string, object?> ForCreation(
        IReadOnlyList<PropertySpec> specs, IReadOnlyDictionary<string, object?> given, string fieldPrefix = "")
    {
        RefuseUnknown(specs, given, fieldPrefix);
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var spec in specs)
        {
            var field = fieldPrefix + spec.Name;
            if (given.TryGetValue(spec.Name, out var value) && value is not null)
            {
                result[spec.Name] = Normalise(spec, value, field);
            }
            else if (spec.Default is not null)
            {
                result[spec.Name] = spec.Default;
            }
            else if (spec.Required)
            {
                throw Invalid(field, $"`{spec.Name}` is required.");
            }
        }

        return result;
    }

    /// <summary>
    /// The properties after an update: the current ones with the given changes applied. A null value clears an
    /// optional property; properties the change does not name (including ones the model does not know) stay.
    /// </summary>
    public static Dictionary<string, object?> ForUpdate(
        IReadOnlyList<PropertySpec> specs, IReadOnlyDictionary<string, object?> current, IReadOnlyDictionary<string, object?> changes)
    {
        RefuseUnknown(specs, changes, "");
        var result = new Dictionary<string, object?>(current, StringComparer.Ordinal);
        foreach (var spec in specs)
        {
            if (!changes.TryGetValue(spec.Name, out var value))
            {
                continue;
            }

            if (value is null)
            {
                if (spec.Required)
                {
                    throw Invalid(spec.Name, $"`{spec.Name}` is required and cannot be cleared.");
                }

                result.Remove(spec.Name);
            }
            else
            {
                result[spec.Name] = Normalise(spec, value, spec.Name);
            }
        }

        return result;
    }

    private static void RefuseUnknown(IReadOnlyList<PropertySpec> specs, IReadOnlyDictionary<string, object?> given, string fieldPrefix)
    {
        foreach (var name in given.Keys)
        {
            if (!specs.Any(s => s.Name == name))
            {
                throw Invalid(fieldPrefix + name, specs.Count == 0
                    ? $"`{name}` cannot be set here: this takes no properties."
                    : $"`{name}` cannot be set here; the properties are {string.Join(", ", specs.Select(s => s.Name))}.");
            }
        }
    }

    private static object Normalise(PropertySpec spec, object value, string field) => spec.Kind switch
    {
        PropertyKind.Text => Text(value as string ?? throw Invalid(field, $"`{spec.Name}` must be text."), spec, field),
        PropertyKind.Integer => Bounded(AsInteger(value) ?? throw Invalid(field, $"`{spec.Name}` must be a whole number."), spec, field),
        PropertyKind.Number => Bounded(AsNumber(value) ?? throw Invalid(field, $"`{spec.Name}` must be a finite number."), spec, field),
        PropertyKind.Flag => value as bool? ?? throw Invalid(field, $"`{spec.Name}` must be true or false."),
        PropertyKind.Choice => value is string s && spec.Choices.Contains(s, StringComparer.Ordinal)
            ? s
            : throw Invalid(field, $"`{spec.Name}` must be one of {string.Join(", ", spec.Choices)}."),
        PropertyKind.Date => AsIsoDate(value) ?? throw Invalid(field, $"`{spec.Name}` must be a date, yyyy-MM-dd."),
        PropertyKind.TextList => TextList(value, spec, field),
        PropertyKind.DateTime => AsIsoInstant(value) ?? throw Invalid(field, $"`{spec.Name}` must be an ISO-8601 date-time with an offset."),
        _ => throw new ArgumentOutOfRangeException(nameof(spec), spec.Kind, "Unknown property kind."),
    };

    private static string Text(string text, PropertySpec spec, string field)
    {
        var maxLength = spec.MaxLength ?? MaxTextLength;
        if (text.Length > maxLength)
        {
            throw Invalid(field, $"`{spec.Name}` is longer than {maxLength} characters.");
        }

        if (text.Any(char.IsControl))
        {
            throw Invalid(field, $"`{spec.Name}` holds control characters.");
        }

        if (spec.Required && string.IsNullOrWhiteSpace(text))
        {
            throw Invalid(field, $"`{spec.Name}` is required and cannot be blank.");
        }

        return text;
    }

    private static string[] TextList(object value, PropertySpec spec, string field)
    {
        if (value is string || value is not System.Collections.IEnumerable items)
        {
            throw Invalid(field, $"`{spec.Name}` must be a list of text.");
        }

        var list = new List<string>();
        foreach (var item in items)
        {
            list.Add(Text(item as string ?? throw Invalid(field, $"`{spec.Name}` must be a list of text."), spec with { Required = true }, field));
        }

        return list.Count <= MaxListLength ? [.. list] : throw Invalid(field, $"`{spec.Name}` holds more than {MaxListLength} entries.");
    }

    private static T Bounded<T>(T number, PropertySpec spec, string field)
        where T : struct, IConvertible
    {
        var d = number.ToDouble(CultureInfo.InvariantCulture);
        if ((spec.Min is { } min && d < min) || (spec.Max is { } max && d > max))
        {
            throw Invalid(field, $"`{spec.Name}` must be between {spec.Min?.ToString(CultureInfo.InvariantCulture) ?? "-∞"} and {spec.Max?.ToString(CultureInfo.InvariantCulture) ?? "∞"}.");
        }

        return number;
    }

    private static long? AsInteger(object value) => value switch
    {
        long l => l,
        int i => i,
        short s => s,
        double d when double.IsFinite(d) && d == Math.Floor(d) && Math.Abs(d) < 9e15 => (long)d,
        decimal m when m == decimal.Floor(m) && Math.Abs(m) < 9e15m => (long)m,
        _ => null,
    };

    private static double? AsNumber(object value) => value switch
    {
        double d when double.IsFinite(d) => d,
        float f when float.IsFinite(f) => f,
        decimal m => (double)m,
        long l => l,
        int i => i,
        _ => null,
    };

    private static string? AsIsoDate(object value) => value switch
    {
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        string s when DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) => s,
        _ => null,
    };

    // An instant is stored in UTC so that stored values sort and compare as text; a string without an offset is
    // refused because its meaning would depend on the server's time zone.
    private static string? AsIsoInstant(object value) => value switch
    {
        DateTimeOffset instant => IsoInstant(instant),
        DateTime { Kind: DateTimeKind.Utc } utc => IsoInstant(new DateTimeOffset(utc)),
        string s when HasOffset(s) && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) => IsoInstant(parsed),
        _ => null,
    };

    private static bool HasOffset(string s) =>
        s.Length > 10 && (s.EndsWith('Z') || s.EndsWith('z') || s[^6] is '+' or '-');

    /// <summary>How an instant is stored: ISO-8601 round-trip text in UTC.</summary>
    public static string IsoInstant(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    private static DomainRuleException Invalid(string field, string message) => new(RuleCodes.InvalidInput, message, field);
}
