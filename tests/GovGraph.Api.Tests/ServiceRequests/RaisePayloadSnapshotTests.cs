using GovGraph.Api.Tests.Changes;
using GovGraph.Api.Tests.Infrastructure;
using Snapshooter.Xunit;

namespace GovGraph.Api.Tests.ServiceRequests;

/// <summary>The payload a client gets for raising a case, pinned whole (its own API: the clock is at its start).</summary>
public sealed class RaisePayloadSnapshotTests(CaseFactory api) : IClassFixture<CaseFactory>
{
    [Fact]
    public async Task RaisingARequestAnswersThisPayload()
    {
        var client = api.CreateClient();
        client.DefaultRequestHeaders.Add("X-GovGraph-Actor", "hotline-12345");

        var response = await client.PostAsync(
            """
            mutation {
              raiseRequest(input: { household: "hh:1", category: ENQUIRY, description: "低保怎么申请？", channel: HOTLINE, clientMutationId: "call-42" }) {
                clientMutationId
                errors { code message field }
                serviceRequest {
                  __typename id version category description channel status createdAt acceptBy dueAt deadline overdue
                  acceptedAt startedAt resolvedAt resolutionNote rating closedAt extensions
                  household { id } assignee { __typename id }
                  events { totalCount nodes { id type at actor note fromAssignee { id } toAssignee { id } } }
                }
              }
            }
            """);

        var payload = response.AssertNoErrors().Data["raiseRequest"]!;
        var id = payload["serviceRequest"]!["id"]!.GetValue<string>();
        Assert.StartsWith("servicerequest:", id, StringComparison.OrdinalIgnoreCase);

        // The id is a fresh guid; everything else follows from the input and the clock.
        Snapshot.Match(response.DataJson.Replace(id, "<request>", StringComparison.Ordinal));
    }
}
