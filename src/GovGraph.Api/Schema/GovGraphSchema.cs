using GovGraph.Api.Graph;
using GovGraph.Api.Hierarchy;
using GovGraph.Api.ServiceRequests;

namespace GovGraph.Api.Schema;

/// <summary>The GovGraph schema. Node types are registered explicitly so interface lookups and
/// <c>node(id:)</c> can return any of them, even those no field names directly.</summary>
public sealed class GovGraphSchema : GraphQL.Types.Schema
{
    public GovGraphSchema(IServiceProvider services, QueryType query, MutationType mutation, SubscriptionType subscription)
        : base(services)
    {
        Description = "GovGraph: the organisation graph of Ningguo's party-building-led rural governance.";
        Query = query;
        Mutation = mutation;
        Subscription = subscription;
        RegisterType(typeof(CityType));
        RegisterType(typeof(TownshipType));
        RegisterType(typeof(VillageType));
        RegisterType(typeof(PartyGroupType));
        RegisterType(typeof(CentralHouseholdType));
        RegisterType(typeof(HouseholdType));
        RegisterType(typeof(PersonType));
        RegisterType(typeof(AgencyType));
        RegisterType(typeof(UniversityType));
        RegisterType(typeof(VillageBodyType));
        RegisterType(typeof(VenueType));
        RegisterType(typeof(ServiceRequestType));
        RegisterType(typeof(RequestEventGraphType));
        RegisterType(typeof(RelationshipGraphType));
    }
}
