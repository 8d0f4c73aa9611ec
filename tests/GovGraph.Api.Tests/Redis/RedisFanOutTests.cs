using System.Text.Json.Nodes;
using GovGraph.Api.Tests.Infrastructure;

namespace GovGraph.Api.Tests.Redis;

/// <summary>Two API instances over one store file and the shared redis-server of the test run.</summary>
public sealed class RedisFanOutTests
{
    // B never polls the change log during the test, so only Redis can bring A's commits to it.
    private static readonly Dictionary<string, string> NoPolling = new() { ["Changes:PollInterval"] = "01:00:00" };

    [SkippableFact]
    public async Task AChangeCommittedOnOneInstanceReachesTheOthersHubThroughRedisAndDropsItsCachedCoverage()
    {
        Skip.If(RedisServer.Shared is null, RedisServer.NoSharedReason);
        var channel = RedisApiFactory.Isolated(NoPolling);
        using var a = new RedisApiFactory(RedisServer.Shared!, settings: channel);
        _ = a.Services;
        using var b = new RedisApiFactory(RedisServer.Shared!, a.SharedStorePath, channel);
        var township = SeededFacts.Get.Children["city:ningguo"].First();
        var onA = a.CreateClient();
        var onB = b.CreateClient();

        var beforeOnB = await UnassignedAsync(onB, township);
        Assert.Equal(SeededFacts.Get.UnassignedUnder(township), beforeOnB);
        // A has never computed it: Redis, the shared second tier, serves B's figure (only the unit is read).
        var fromRedis = (await onA.PostAsync("query ($u: ID!) { coverage(under: $u) { unassigned } }", new { u = township }, trace: true)).AssertNoErrors();
        Assert.Equal(beforeOnB, fromRedis.Data["coverage"]!["unassigned"]!.GetValue<int>());
        Assert.Equal(1, fromRedis.StoreCalls);

        var cursor = await ChangeKit.LinkUnassignedHouseholdAsync(a, township);
        await ChangeKit.WaitForDeliveryAsync(b.Services, cursor);

        Assert.Equal(beforeOnB - 1, await UnassignedAsync(onB, township));
        Assert.Equal(beforeOnB - 1, await UnassignedAsync(onA, township));
        var ready = await onB.GetStringAsync("/health/ready");
        Assert.Equal("Healthy", JsonNode.Parse(ready)!["checks"]!["redis"]!["status"]!.GetValue<string>());
    }

    private static async Task<int> UnassignedAsync(HttpClient client, string unit)
    {
        var response = await client.PostAsync("query ($u: ID!) { coverage(under: $u) { unassigned } }", new { u = unit });
        return response.AssertNoErrors().Data["coverage"]!["unassigned"]!.GetValue<int>();
    }
}
