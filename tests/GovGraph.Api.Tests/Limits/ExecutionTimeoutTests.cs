using GovGraph.Api.Tests.Infrastructure;
using GovGraph.Domain.Changes;
using GovGraph.Storage;
using GovGraph.Storage.Changes;
using Microsoft.Extensions.DependencyInjection;

namespace GovGraph.Api.Tests.Limits;

/// <summary>The seeded county behind a 1 ms GraphQL:ExecutionTimeout, so every heavy request runs out of time.</summary>
public sealed class TimeoutFactory() : LimitsFactory("ningguo", new Dictionary<string, string>
{
    ["GraphQL:ExecutionTimeout"] = "00:00:00.001",
});

/// <summary>A request over its deadline answers EXECUTION_TIMEOUT (never a 500), and a mutation is whole or absent.</summary>
public sealed class ExecutionTimeoutTests(TimeoutFactory factory) : IClassFixture<TimeoutFactory>
{
    private const string HeavyCoverage = """
        { coverage(under: "city:ningguo") { households linked unassigned members
            byChild { unit { name } households unassigned ratio } }
          city { descendants(maxDepth: 5, first: 500) { totalCount edges { depth node { id } } } } }
        """;

    [Fact]
    public async Task AHeavyQueryOverTheTimeoutAnswersExecutionTimeoutAndTheServerStillAnswers()
    {
        var client = factory.CreateClient();

        var response = await client.PostAsync(HeavyCoverage);

        Assert.Equal(["EXECUTION_TIMEOUT"], response.ErrorCodes);
        Assert.NotEqual(500, response.StatusCode);
        Assert.Null(response.Body["data"]);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task MutationsCutByTheTimeoutAreCommittedWholeOrNotAtAll()
    {
        var client = factory.CreateClient();
        var ids = Enumerable.Range(0, 20).Select(i => $"person:timeout-{i:00}").ToList();

        foreach (var id in ids)
        {
            var response = await client.PostAsync($$"""
                mutation { createPerson(input: { id: "{{id}}", name: "超时{{id[^2..]}}", partyMember: true }) { person { id } errors { code } } }
                """);
            Assert.NotEqual(500, response.StatusCode);
            Assert.All(response.ErrorCodes, code => Assert.Equal("EXECUTION_TIMEOUT", code));
        }

        // Each person is in the store exactly when its creation event is in the change log.
        var store = factory.Services.GetRequiredService<IGraphStore>();
        var stored = (await store.GetNodesAsync(ids, CancellationToken.None)).Select(n => n.Id).Order().ToList();
        var logged = (await store.ReadChangesAsync(new ChangeQuery(0, 1000), CancellationToken.None)).Events
            .Where(e => e.Type == ChangeType.NodeCreated && ids.Contains(e.NodeId!))
            .Select(e => e.NodeId!).Order().ToList();
        Assert.Equal(stored, logged);
    }
}
