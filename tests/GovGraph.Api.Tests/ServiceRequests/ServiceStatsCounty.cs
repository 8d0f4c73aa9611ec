using GovGraph.Api.Tests.Changes;
using GovGraph.Domain.Model;
using GovGraph.Domain.Rules;
using GovGraph.Domain.ServiceRequests;
using GovGraph.Domain.Tests.ServiceRequests;
using GovGraph.Storage;

namespace GovGraph.Api.Tests.ServiceRequests;

/// <summary>
/// The <see cref="SmallCounty"/> holding exactly the <see cref="HandComputedCases"/>: the cases of its party group
/// one (A–F and I, raised before the window) raised by hh:1 in 港口镇 山门村, those of group two (G–M) by hh:4 in
/// 霞林街道 西村村, so the city's <c>byChild</c> splits them by township: 港口镇 has group one's figures, 霞林街道
/// group two's.
/// </summary>
public static class ServiceStatsCounty
{
    /// <summary>The township holding group one's cases.</summary>
    public const string TownshipOne = SmallCounty.Gangkou;

    /// <summary>The township holding group two's cases.</summary>
    public const string TownshipTwo = SmallCounty.Xialin;

    public static GraphWriteBatch Build()
    {
        var batch = SmallCounty.Build();
        foreach (var summary in HandComputedCases.Cases)
        {
            var household = HandComputedCases.GroupOf[summary.Id] == HandComputedCases.GroupOne ? SmallCounty.Household(1) : SmallCounty.Household(4);
            batch.CreateNodes.Add(new GraphNode(summary.Id, Labels.ServiceRequest, Properties(summary)));
            batch.CreateRelationships.Add(new GraphRelationship("r:raised-" + summary.Id, RelTypes.RaisedBy, summary.Id, household, new Dictionary<string, object?>()));
        }

        return batch;
    }

    /// <summary>The stored properties of a case in the state its summary describes, as the workflow would have left them.</summary>
    public static Dictionary<string, object?> Properties(CaseSummary summary)
    {
        var state = new RequestState(summary.Status, "", summary.CreatedAt, summary.HeldToAcceptBy, summary.DueAt)
        {
            FirstAcceptBy = summary.AcceptBy,
            AcceptedAt = summary.AcceptedAt,
            StartedAt = summary.FirstResponseAt,
            ResolvedAt = summary.ResolvedAt,
            ResolutionNote = summary.ResolvedAt is null ? null : "已办结",
            ClosedAt = summary.ClosedAt,
            Rating = summary.Rating,
        };
        var given = RequestProperties.Of(state).Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value);
        given[Props.Category] = RequestValueNames.Of(summary.Category);
        given[Props.Description] = "手算用例 " + summary.Id;
        given[Props.Channel] = RequestValueNames.Of(RequestChannel.Phone);
        return PropertyValidator.ForCreation(NodeProperties.For(Labels.ServiceRequest), given);
    }
}
