using GovGraph.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;

namespace GovGraph.Api.Tests.Redis;

public sealed class RedisOptionsTests
{
    [Theory]
    [InlineData("Redis:ConnectTimeoutMs", "5", "ConnectTimeoutMs")]
    [InlineData("Redis:Channel", "", "Channel")]
    [InlineData("AnalyticsCache:ExpirySeconds", "0", "ExpirySeconds")]
    public void ABadCacheOrRedisSettingStopsTheStartWithItsName(string key, string value, string named)
    {
        // Redis settings count only with Redis on; nothing listens on port 1, so they are checked without Redis answering.
        var settings = new Dictionary<string, string> { [key] = value };
        if (key.StartsWith("Redis:", StringComparison.Ordinal))
        {
            settings["ConnectionStrings:Redis"] = "127.0.0.1:1";
        }

        using var factory = new SettingsFactory(settings);

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains(named, error.Message);
    }

    private sealed class SettingsFactory(Dictionary<string, string> settings) : GovGraphFactory("none")
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        }
    }
}
