using System.Text.Json.Nodes;
using GovGraph.Api.Redis;
using GovGraph.Api.Tests.Infrastructure;
using Microsoft.Extensions.Logging;

namespace GovGraph.Api.Tests.Redis;

/// <summary>A redis-server of the test's own, stopped and restarted under two running instances.</summary>
public sealed class RedisOutageTests
{
    [SkippableFact]
    public async Task ReadsAndWritesGoOnWhileRedisIsDownAndFanOutAndCacheRecoverWhenItReturns()
    {
        Skip.If(RedisServer.Program is null, RedisServer.NoProgramReason);
        using var redis = await RedisServer.StartAsync();
        // B hears of A's commits only through Redis, or through the catch-up when Redis returns.
        var settings = RedisApiFactory.Isolated(new Dictionary<string, string> { ["Changes:PollInterval"] = "01:00:00" });
        using var a = new RedisApiFactory(redis.Endpoint, settings: settings);
        _ = a.Services;
        using var b = new RedisApiFactory(redis.Endpoint, a.SharedStorePath, settings);
        var onA = a.CreateClient();
        var onB = b.CreateClient();
        var township = SeededFacts.Get.Children["city:ningguo"].Last();
        var unassigned = SeededFacts.Get.UnassignedUnder(township);
        Assert.Equal(unassigned, await UnassignedAsync(onA, township));
        Assert.Equal(("Healthy", "Healthy"), await ReadyAsync(onA));

        await redis.StopAsync();
        await ChangeKit.EventuallyAsync(async () => (await ReadyAsync(onA)).Redis == "Degraded", "A reports Redis degraded");

        // Down: a linkHousehold commits and answers; reads come from the store, and the local cache is invalidated.
        var during = await ChangeKit.LinkUnassignedHouseholdAsync(a, township);
        await ChangeKit.WaitForDeliveryAsync(a.Services, during);
        Assert.Equal(unassigned - 1, await UnassignedAsync(onA, township));
        var stats = (await onA.PostAsync("{ stats { households villages } }")).AssertNoErrors().Data["stats"]!;
        Assert.Equal(SeededFacts.Get.GroupOfHousehold.Count, stats["households"]!.GetValue<int>());
        var ready = await onA.GetAsync("/health/ready");
        Assert.Equal(System.Net.HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal(("Healthy", "Degraded"), await ReadyAsync(onA));

        await redis.StartAgainAsync();
        await ChangeKit.EventuallyAsync(async () => (await ReadyAsync(onA)).Redis == "Healthy", "A reports Redis healthy again");
        await ChangeKit.EventuallyAsync(async () => (await ReadyAsync(onB)).Redis == "Healthy", "B reports Redis healthy again");

        // Back: B catches up on what it missed, and new commits reach it through Redis again. B's subscription is
        // restored a moment after its connection reports healthy: a commit published in between reaches B with the
        // next one it hears of (the hub fills the gap from the log), so commit until one arrives through Redis.
        await ChangeKit.WaitForDeliveryAsync(b.Services, during);
        var linked = 1;
        long after;
        do
        {
            after = await ChangeKit.LinkUnassignedHouseholdAsync(a, township);
            linked++;
        }
        while (!await DeliveredWithinAsync(b.Services, after, TimeSpan.FromSeconds(5)) && linked < 5);

        await ChangeKit.WaitForDeliveryAsync(b.Services, after);
        Assert.Equal(unassigned - linked, await UnassignedAsync(onB, township));
        Assert.Equal(unassigned - linked, await UnassignedAsync(onA, township));

        // One line when Redis went away and one when it came back, however many requests ran between.
        var transitions = a.Logs.Where(l => l.Category == typeof(RedisAvailability).FullName).ToList();
        Assert.Equal([LogLevel.Warning, LogLevel.Information], transitions.Select(t => t.Level));
    }

    [SkippableFact]
    public async Task AnInstanceStartsWithRedisDownAndJoinsTheFanOutWhenRedisComesUp()
    {
        Skip.If(RedisServer.Program is null, RedisServer.NoProgramReason);
        using var redis = RedisServer.NotStarted();
        var settings = RedisApiFactory.Isolated(new Dictionary<string, string> { ["Changes:PollInterval"] = "01:00:00" });
        using var a = new RedisApiFactory(redis.Endpoint, settings: settings);
        var onA = a.CreateClient();
        var township = SeededFacts.Get.Children["city:ningguo"].Skip(1).First();

        Assert.Equal(SeededFacts.Get.UnassignedUnder(township), await UnassignedAsync(onA, township));
        Assert.Equal(("Healthy", "Degraded"), await ReadyAsync(onA));

        await redis.StartAgainAsync();
        await ChangeKit.EventuallyAsync(async () => (await ReadyAsync(onA)).Redis == "Healthy", "A reports Redis healthy");
        using var b = new RedisApiFactory(redis.Endpoint, a.SharedStorePath, settings);
        var cursor = await ChangeKit.LinkUnassignedHouseholdAsync(b, township);

        // A subscribed late, when Redis came up; B's commit reaches it (A never polls here): through Redis, or, if
        // it came before A's subscription was live, through the log read that follows A's rejoining.
        await ChangeKit.WaitForDeliveryAsync(a.Services, cursor);
        Assert.Equal(SeededFacts.Get.UnassignedUnder(township) - 1, await UnassignedAsync(onA, township));
    }

    private static async Task<bool> DeliveredWithinAsync(IServiceProvider services, long cursor, TimeSpan within)
    {
        try
        {
            await ChangeKit.WaitForDeliveryAsync(services, cursor, within);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    private static async Task<int> UnassignedAsync(HttpClient client, string unit)
    {
        var response = await client.PostAsync("query ($u: ID!) { coverage(under: $u) { unassigned } }", new { u = unit });
        return response.AssertNoErrors().Data["coverage"]!["unassigned"]!.GetValue<int>();
    }

    /// <summary>The store's and Redis' readiness (the overall status is Degraded anyway: these tests run open).</summary>
    private static async Task<(string Store, string Redis)> ReadyAsync(HttpClient client)
    {
        var body = JsonNode.Parse(await client.GetStringAsync("/health/ready"))!;
        return (body["checks"]!["store"]!["status"]!.GetValue<string>(), body["checks"]!["redis"]!["status"]!.GetValue<string>());
    }
}
