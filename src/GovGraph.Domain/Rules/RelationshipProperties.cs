using GovGraph.Domain.Model;

namespace GovGraph.Domain.Rules;

/// <summary>
/// The properties a link may set on each relationship type (MODEL.md). Every type takes <c>since</c>, which
/// defaults to the day of the link, so that <c>asOf</c> reads see when it began; <c>until</c> is set only by
/// unlinking.
/// </summary>
public static class RelationshipProperties
{
    private static readonly PropertySpec Since =
        new(Props.Since, PropertyKind.Date, "Since when it holds (ISO date); the day of the change when omitted.");

    private static readonly PropertySpec Title = new(Props.Title, PropertyKind.Text, "The post held (职务), e.g. 党组织书记.");

    private static readonly Dictionary<string, IReadOnlyList<PropertySpec>> ByType = new(StringComparer.Ordinal)
    {
        [RelTypes.Leads] = [Since, Title],
        [RelTypes.ServesOn] =
        [
            Since,
            new PropertySpec(Props.Committee, PropertyKind.Choice, "`PARTY` (村党组织委员会) or `VILLAGERS` (村民委员会).")
            {
                Required = true,
                Choices = ["PARTY", "VILLAGERS"],
            },
            Title,
        ],
        [RelTypes.StationedIn] =
        [
            Since,
            new PropertySpec(Props.Batch, PropertyKind.Integer, "The dispatch batch (选派批次), e.g. 8.") { Required = true, Min = 1, Max = 1000 },
            Title,
        ],
        [RelTypes.TalentOf] =
        [
            Since,
            new PropertySpec(Props.Category, PropertyKind.Choice, "`SKILL`, `AGRICULTURE` or `CULTURE` (四带乡土人才).")
            {
                Required = true,
                Choices = ["SKILL", "AGRICULTURE", "CULTURE"],
            },
        ],
        [RelTypes.Heads] = [Since, Title],
        [RelTypes.CooperatesWith] = [Since, new PropertySpec(Props.Areas, PropertyKind.TextList, "The areas of 校地合作.")],
    };

    /// <summary>The properties a link of this type may set.</summary>
    public static IReadOnlyList<PropertySpec> For(string type) => ByType.TryGetValue(type, out var specs) ? specs : [Since];

    /// <summary>Every relationship property any type takes, once each (for one input type serving every link).</summary>
    public static IReadOnlyList<PropertySpec> All { get; } =
        RelTypes.All.SelectMany(For).DistinctBy(p => p.Name).ToList();
}
