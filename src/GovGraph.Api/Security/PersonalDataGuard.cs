using GovGraph.Api.Errors;
using GovGraph.Api.Graph.Lists;
using GovGraph.Domain.Model;
using GovGraph.Storage;

namespace GovGraph.Api.Security;

/// <summary>
/// Keeps personal data from leaking through anything but its own fields: a caller who sees it masked may not
/// filter or sort by it either (matching <c>nameContains: "张三"</c> against households would reveal the name that
/// the field masks), and name search leaves households out for them.
/// </summary>
public static class PersonalDataGuard
{
    /// <summary>Refuses a household list's name filter or name sort for a caller who sees personal data masked.</summary>
    public static void CheckList(Caller caller, string label, ListArguments list)
    {
        if (caller.SeesPersonalData || !PersonalData.NameIsPersonal(label))
        {
            return;
        }

        if (list.Where?.NameContains is not null)
        {
            throw Hidden("where");
        }

        if (list.Order?.Key == NodeOrderKey.Name)
        {
            throw Hidden("orderBy");
        }
    }

    /// <summary>
    /// The labels a name search may look in: all of <paramref name="requested"/> (null: every label) except those whose
    /// name is personal data, for a caller who sees it masked. Asking for households by name outright is refused.
    /// </summary>
    public static IReadOnlyCollection<string>? SearchLabels(Caller caller, IReadOnlyCollection<string>? requested)
    {
        if (caller.SeesPersonalData)
        {
            return requested;
        }

        if (requested?.Any(PersonalData.NameIsPersonal) == true)
        {
            throw Hidden("labels");
        }

        return requested ?? Labels.All.Where(l => !PersonalData.NameIsPersonal(l)).ToList();
    }

    /// <summary>A property value as this caller may see it.</summary>
    public static string? Show(Caller caller, string label, string property, string? value) =>
        caller.SeesPersonalData || !PersonalData.IsPersonal(label, property) ? value : PersonalData.Mask(property, value);

    /// <summary>A change event's before/after properties as this caller may see them.</summary>
    public static IReadOnlyDictionary<string, object?>? Show(Caller caller, string? label, IReadOnlyDictionary<string, object?>? properties) =>
        caller.SeesPersonalData ? properties : PersonalData.MaskAll(label, properties);

    private static GovGraphError Hidden(string argument) => new(
        ErrorCodes.PersonalDataHidden,
        "Households are filtered, sorted and searched by name only by callers who see personal data (role analyst or above with the pii claim).",
        argument);
}
