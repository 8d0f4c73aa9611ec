using System.Text;

namespace GovGraph.Domain.Model;

/// <summary>
/// Which properties hold personal data, and how they look masked. One table for every path that can show them:
/// node fields, change events' before/after, CSV exports, filters and sorting.
/// </summary>
public static class PersonalData
{
    /// <summary>A person's contact fields: the model has none yet, but a dataset may add them (MODEL.md allows extra properties).</summary>
    public const string IdNumber = "idNumber";

    private static readonly HashSet<string> HouseholdFields = [Props.HeadName, Props.Phone, Props.Address];

    private static readonly HashSet<string> PersonFields = [Props.Phone, Props.Address, IdNumber];

    // A case's description is the resident's own words about their family, health, money or a dispute with a
    // neighbour. The organisation's words (resolution notes, send-back reasons, event notes) are not listed: they are
    // the record of its work, and the rating and overdue notes must stay readable to the people judging it.
    private static readonly HashSet<string> CaseFields = [Props.Description];

    /// <summary>How a masked case description reads: a fixed mask, so not even its length shows.</summary>
    public const string MaskedText = "******";

    /// <summary>The personal properties of nodes with this label (empty for labels without any).</summary>
    public static IReadOnlySet<string> PropertiesOf(string? label) => label switch
    {
        Labels.Household => HouseholdFields,
        Labels.Person => PersonFields,
        Labels.ServiceRequest => CaseFields,
        _ => new HashSet<string>(),
    };

    public static bool IsPersonal(string? label, string property) => PropertiesOf(label).Contains(property);

    /// <summary>
    /// True when a node's display name is personal data (a household's is its head's name), so searching, filtering
    /// or sorting by name would reveal it.
    /// </summary>
    public static bool NameIsPersonal(string label) => label == Labels.Household;

    /// <summary>The value as a caller without the right to personal data sees it.</summary>
    public static string? Mask(string property, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return value;
        }

        return property switch
        {
            Props.Phone => MaskPhone(value),
            Props.HeadName or Props.Name => Keep(value, 1),
            Props.Address => Keep(value, Math.Max(1, Runes(value).Count / 3)),
            Props.Description => MaskedText,
            _ => Keep(value, 0),
        };
    }

    /// <summary>The properties of a node of <paramref name="label"/> with its personal ones masked (a copy; null stays null).</summary>
    public static IReadOnlyDictionary<string, object?>? MaskAll(string? label, IReadOnlyDictionary<string, object?>? properties)
    {
        if (properties is null || PropertiesOf(label).Count == 0 || !properties.Keys.Any(k => IsPersonal(label, k)))
        {
            return properties;
        }

        return properties.ToDictionary(
            p => p.Key,
            p => IsPersonal(label, p.Key) ? (object?)Mask(p.Key, p.Value?.ToString()) : p.Value,
            StringComparer.Ordinal);
    }

    // 13812341234 → 138****1234: the carrier prefix and the last four stay, as on a Chinese delivery slip.
    private static string MaskPhone(string value)
    {
        var runes = Runes(value);
        if (runes.Count < 8)
        {
            return new string('*', runes.Count);
        }

        var builder = new StringBuilder();
        foreach (var rune in runes.Take(3))
        {
            builder.Append(rune.ToString());
        }

        return builder.Append('*', runes.Count - 7).Append(string.Concat(runes.Skip(runes.Count - 4).Select(r => r.ToString()))).ToString();
    }

    // 张三 → 张*, 欧阳娜娜 → 欧***: the first characters stay, every other one becomes a star.
    private static string Keep(string value, int keep)
    {
        var runes = Runes(value);
        if (runes.Count <= keep)
        {
            keep = Math.Max(0, runes.Count - 1);
        }

        return string.Concat(runes.Take(keep).Select(r => r.ToString())) + new string('*', runes.Count - keep);
    }

    private static List<Rune> Runes(string value) => value.EnumerateRunes().ToList();
}
