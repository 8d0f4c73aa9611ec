using GovGraph.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace GovGraph.Api.Tests.Limits;

/// <summary>The API with some settings of its own (limits set low, persisted documents, rate limiting on).</summary>
public class LimitsFactory(string seed, IReadOnlyDictionary<string, string> settings) : GovGraphFactory(seed)
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
