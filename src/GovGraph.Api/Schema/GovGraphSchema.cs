using GovGraph.Api.Graph;
using GovGraph.Api.Hierarchy;
using GovGraph.Api.ServiceRequests;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;

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
        // The introspection fields that graphql's getIntrospectionQuery asks for with its options (isRepeatable,
        // includeDeprecated on arguments and input fields), so tools that ask for them are answered, not refused.
        Features.RepeatableDirectives = true;
        Features.DeprecationOfInputValues = true;
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
        // Introspection is answered from the schema in memory, never the store, and its size is the schema's, not
        // the graph's: costed like a graph read (each list times five, nested), GraphiQL's own query came to 2.6
        // million and was refused. It stays bounded by the alias, depth, length and fragment-expansion limits.
        this.WithIntrospectionComplexityImpact(0);
    }

    /// <summary>
    /// GraphQL.NET 8 lacks two introspection fields of the current specification that graphql's getIntrospectionQuery
    /// asks for with its options: <c>__Type.specifiedByURL</c> and <c>__Directive.args(includeDeprecated:)</c>. They
    /// are added here so that query validates and is answered.
    /// </summary>
    protected override SchemaTypes CreateSchemaTypes()
    {
        var types = base.CreateSchemaTypes();
        if (types["__Type"] is IComplexGraphType introspectionType && !introspectionType.HasField("specifiedByURL"))
        {
            introspectionType.AddField(new FieldType
            {
                Name = "specifiedByURL",
                Description = "The URL of a custom scalar's specification (@specifiedBy); null for every other type.",
                Type = typeof(StringGraphType),
                ResolvedType = types["String"],
                // No GovGraph scalar declares @specifiedBy: Date and DateTime are ISO 8601 strings, JSON is any JSON.
                Resolver = new FuncFieldResolver<object?>(_ => null),
            });
        }

        // Likewise __Directive.args(includeDeprecated:), which that query sends with inputValueDeprecation. No
        // directive argument here is deprecated, so every argument is the answer either way.
        if (types["__Directive"] is IComplexGraphType directive && directive.GetField("args") is { } args
            && args.Arguments?.Find("includeDeprecated") is null)
        {
            args.Arguments ??= new QueryArguments();
            args.Arguments.Add(new QueryArgument(typeof(BooleanGraphType))
            {
                Name = "includeDeprecated",
                DefaultValue = false,
                ResolvedType = types["Boolean"],
            });
        }

        return types;
    }
}
