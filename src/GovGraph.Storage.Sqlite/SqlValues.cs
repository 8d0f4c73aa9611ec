using System.Globalization;
using System.Text.RegularExpressions;

namespace GovGraph.Storage.Sqlite;

/// <summary>Turns filter values into what SQLite compares against <c>json_extract</c>, and guards property names.</summary>
internal static partial class SqlValues
{
    /// <summary>The JSON path of a property, after checking the name is a plain identifier.</summary>
    public static string JsonPath(string propertyName)
    {
        if (propertyName is null || !PropertyName().IsMatch(propertyName))
        {
            throw new ArgumentException(
                $"'{propertyName}' is not a valid property name (letters, digits and '_', not starting with a digit, at most 64).",
                nameof(propertyName));
        }

        return "$." + propertyName;
    }

    /// <summary>A scalar as SQLite sees a JSON value: text, integer or real (booleans are handled by the caller).</summary>
    public static object Scalar(object value) => value switch
    {
        string s => s,
        long or int or short or byte or uint => Convert.ToInt64(value, CultureInfo.InvariantCulture),
        double or float or decimal => Convert.ToDouble(value, CultureInfo.InvariantCulture),
        bool b => b ? 1L : 0L,
        _ => throw new ArgumentException($"A filter value of type {value.GetType().Name} is not supported."),
    };

    public static bool IsNumber(object value) =>
        value is long or int or short or byte or uint or double or float or decimal;

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]{0,63}$")]
    private static partial Regex PropertyName();
}
