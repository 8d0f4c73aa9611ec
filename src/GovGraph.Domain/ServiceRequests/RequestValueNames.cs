using System.Text;

namespace GovGraph.Domain.ServiceRequests;

/// <summary>
/// How the case enums are stored and exchanged: <c>SCREAMING_SNAKE</c> (<c>InProgress</c> ↔ <c>IN_PROGRESS</c>,
/// <c>WeChat</c> ↔ <c>WECHAT</c>), as GraphQL enum values are written. One mapping, so the property tables, the
/// stored nodes and the API cannot disagree.
/// </summary>
public static class RequestValueNames
{
    /// <summary>The stored name of an enum value.</summary>
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => Screaming(value.ToString());

    /// <summary>The stored names of every value of an enum, in declaration order.</summary>
    public static string[] All<TEnum>()
        where TEnum : struct, Enum => Enum.GetValues<TEnum>().Select(Of).ToArray();

    /// <summary>The enum value of a stored name, or null when the name is not one.</summary>
    public static TEnum? Parse<TEnum>(string name)
        where TEnum : struct, Enum => Enum.GetValues<TEnum>().Where(v => Of(v) == name).Select(v => (TEnum?)v).FirstOrDefault();

    private static string Screaming(string pascal)
    {
        // WeChat is one word to residents and to the issue (WECHAT), not WE_CHAT.
        if (pascal == "WeChat")
        {
            return "WECHAT";
        }

        var result = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            if (i > 0 && char.IsUpper(pascal[i]))
            {
                result.Append('_');
            }

            result.Append(char.ToUpperInvariant(pascal[i]));
        }

        return result.ToString();
    }
}
