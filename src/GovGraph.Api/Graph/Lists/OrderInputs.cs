using GraphQL.Types;

namespace GovGraph.Api.Graph.Lists;

/// <summary>What a list can be sorted by.</summary>
public sealed class OrderFieldEnum : EnumerationGraphType
{
    public OrderFieldEnum()
    {
        Name = "OrderField";
        Description = "What a list is sorted by. Counts are of what lies under each node (current relationships); ties keep the graph's order.";
        Add("NAME", OrderField.Name, "The name (a household's head name), in Unicode order.");
        Add("HOUSEHOLDS", OrderField.Households, "Households under each node.");
        Add("UNASSIGNED_HOUSEHOLDS", OrderField.UnassignedHouseholds, "Households under each node that no member links.");
        Add("PARTY_MEMBERS", OrderField.PartyMembers, "Party members under each node.");
        Add("LINKED_HOUSEHOLDS", OrderField.LinkedHouseholds, "For people: how many households each links (联户).");
        Add("ATTACHED_MEMBERS", OrderField.AttachedMembers, "For central households: how many members are attached.");
    }
}

public sealed class OrderDirectionEnum : EnumerationGraphType
{
    public OrderDirectionEnum()
    {
        Name = "OrderDirection";
        Description = "Ascending or descending.";
        Add("ASC", false, "Smallest (or first in Unicode order) first.");
        Add("DESC", true, "Largest (or last in Unicode order) first.");
    }
}

public sealed class OrderInput : InputObjectGraphType<object>
{
    public OrderInput()
    {
        Name = "Order";
        Description = "How to sort a list: a field and a direction (default ascending).";
        Field<NonNullGraphType<OrderFieldEnum>>("field").Description("What to sort by.");
        Field<OrderDirectionEnum>("direction").Description("ASC (default) or DESC.");
    }
}

/// <summary>The sort keys the schema offers (mapped to the store's <c>NodeOrder</c> by <see cref="ListArguments"/>).</summary>
public enum OrderField
{
    Name,
    Households,
    UnassignedHouseholds,
    PartyMembers,
    LinkedHouseholds,
    AttachedMembers,
}
