using GovGraph.Api.Graph;
using GovGraph.Domain.Model;
using GovGraph.Api.ServiceRequests;
using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace GovGraph.Api.Hierarchy;

public sealed class HouseholdType : ObjectGraphType<GraphNode>
{
    public HouseholdType(IOptions<GraphQLOptions> options)
    {
        this.NodeBasics(Labels.Household, "Household", "A household (农户). Holds personal data: the head's name, phone and address.");
        this.PersonalText(Labels.Household, Props.HeadName, "The head of household's name (personal data).", required: true);
        this.PersonalText(Labels.Household, Props.Phone, "A contact phone number (personal data).");
        this.Number(Props.Size, "How many people live in the household.");
        this.PersonalText(Labels.Household, Props.Address, "The household's address (personal data).");
        this.Single<PersonType>("linkedMember", "The party member who links this household (联户); null when it is unassigned.", RelTypes.Links, Direction.In);
        this.Single<PartyGroupType>("partyGroup", "The party group whose grid covers the household.", RelTypes.Covers, Direction.In);
        this.Connection<ServiceRequestType>(options, "requests", "The cloud-platform cases the household raised (RAISED_BY), oldest first.", RelTypes.RaisedBy, Direction.In);
        Field<VillageType>("village")
            .Description("The village the household belongs to (through its party group).")
            .Resolve(c =>
            {
                var loaders = NodeFields.Loaders(c);
                return loaders.FirstNeighbour(c.Source.Id, RelTypes.Covers, Direction.In)
                    .Then(group => group is null ? null : loaders.FirstNeighbour(group.Id, RelTypes.Oversees, Direction.In));
            });
    }
}
