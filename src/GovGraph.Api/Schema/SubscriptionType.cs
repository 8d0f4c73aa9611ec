using GovGraph.Api.Changes;
using GraphQL.Types;

namespace GovGraph.Api.Schema;

/// <summary>The root subscription type; each feature folder contributes its fields.</summary>
public sealed class SubscriptionType : ObjectGraphType
{
    public SubscriptionType()
    {
        Name = "Subscription";
        Description = "Streams over WebSocket (graphql-transport-ws) or Server-Sent Events (graphql-sse) at /graphql.";
        ChangeSubscriptions.AddTo(this);
    }
}
