using GovGraph.Api.Analytics;
using GovGraph.Api.Changes;
using GovGraph.Api.Hierarchy;
using GovGraph.Api.Hierarchy.Traversal;
using GovGraph.Api.Security;
using GovGraph.Api.ServiceRequests;
using GovGraph.Api.ServiceRequests.Stats;
using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace GovGraph.Api.Schema;

/// <summary>The root query type; each feature folder contributes its fields.</summary>
public sealed class QueryType : ObjectGraphType
{
    public QueryType(IOptions<GraphQLOptions> options)
    {
        Name = "Query";
        Description = "GovGraph: the organisation graph of Ningguo's party-building-led rural governance (党建引领乡村治理).";
        HierarchyQueries.AddTo(this, options.Value);
        TraversalQueries.AddTo(this);
        AnalyticsQueries.AddTo(this, options.Value);
        ChangeQueries.AddTo(this, options.Value);
        RequestQueueQueries.AddTo(this, options.Value);
        ViewerQueries.AddTo(this);
        ServiceStatsQueries.AddTo(this);
    }
}
