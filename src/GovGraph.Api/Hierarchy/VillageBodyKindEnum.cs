using GraphQL.Types;

namespace GovGraph.Api.Hierarchy;

public sealed class VillageBodyKindEnum : EnumerationGraphType
{
    public VillageBodyKindEnum()
    {
        Name = "VillageBodyKind";
        Description = "The village bodies beside the party organisation.";
        Add("VILLAGERS_ASSEMBLY", "VILLAGERS_ASSEMBLY", "Villagers' assembly (村民会议), a self-governing body.");
        Add("VILLAGERS_COMMITTEE", "VILLAGERS_COMMITTEE", "Villagers' committee (村民委员会), a self-governing body.");
        Add("CONSULTATION_COMMITTEE", "CONSULTATION_COMMITTEE", "Village consultation committee (村级协商委员会), a self-governing body.");
        Add("SUPERVISION_COMMITTEE", "SUPERVISION_COMMITTEE", "Village affairs supervision committee (村务监督委员会).");
        Add("COLLECTIVE_ECONOMY", "COLLECTIVE_ECONOMY", "Collective economic organisation (村集体经济组织).");
    }
}
