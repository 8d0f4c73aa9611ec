using System.Collections.Concurrent;
using GovGraph.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GovGraph.Api.Tests.Redis;

/// <summary>
/// An API instance with Redis configured. <paramref name="storePath"/> shares another instance's store file (the
/// first instance seeds it; later ones start with <c>Store:Seed=none</c>); <paramref name="settings"/> add or
/// override configuration. Log lines are kept in <see cref="Logs"/>.
/// </summary>
public sealed class RedisApiFactory(string redis, string? storePath = null, IReadOnlyDictionary<string, string>? settings = null)
    : GovGraphFactory(storePath is null ? "ningguo" : "none")
{
    public ConcurrentQueue<(string Category, LogLevel Level, string Message)> Logs { get; } = new();

    public string SharedStorePath => storePath ?? StorePath;

    /// <summary>
    /// Settings with a channel and cache prefix of their own, so instances of one test share Redis only with
    /// each other (stores of other tests hold other figures).
    /// </summary>
    public static Dictionary<string, string> Isolated(IReadOnlyDictionary<string, string>? settings = null)
    {
        var run = Guid.NewGuid().ToString("N");
        return new Dictionary<string, string>(settings ?? new Dictionary<string, string>())
        {
            ["Redis:Channel"] = $"govgraph:test:{run}:changes",
            ["Redis:CachePrefix"] = $"govgraph:test:{run}:cache:",
        };
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Store:Path", SharedStorePath);
        builder.UseSetting("ConnectionStrings:Redis", redis);
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services => services.AddSingleton<ILoggerProvider>(new KeepingLoggerProvider(Logs)));
    }
}
