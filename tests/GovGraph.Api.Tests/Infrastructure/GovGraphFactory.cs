using GovGraph.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GovGraph.Api.Tests.Infrastructure;

/// <summary>
/// Hosts the API in memory on its own store file (deleted on dispose). <paramref name="seed"/> is
/// <c>ningguo</c> for the shipped dataset or <c>none</c> for an empty store.
/// </summary>
public class GovGraphFactory(string seed) : WebApplicationFactory<Program>
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "govgraph-tests", Guid.NewGuid().ToString("N"));

    public string StorePath => Path.Combine(_directory, "govgraph.db");

    /// <summary>The API's store, for tests that set up or check the graph directly.</summary>
    public IGraphStore Store => Services.GetRequiredService<IGraphStore>();

    /// <summary>
    /// The clock the API reads (case times, deadlines, the analytics cache), when a test drives it; null keeps the
    /// system clock.
    /// </summary>
    protected virtual TimeProvider? TestClock => null;

    /// <summary>The change log's newest cursor, for tests that compare the log before and after.</summary>
    public async Task<long> LatestCursorAsync() => (await Store.GetChangeLogInfoAsync(CancellationToken.None)).Latest;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Store:Path", StorePath);
        builder.UseSetting("Store:Seed", seed);
        // Tests share one client address; the rate limit's own tests switch it back on.
        builder.UseSetting("RateLimit:Enabled", "false");
        // Escalations would write to the store on their own clock; the escalation tests run passes themselves or
        // switch the service back on.
        builder.UseSetting("ServiceRequests:Escalation:Enabled", "false");
        if (TestClock is { } clock)
        {
            builder.ConfigureTestServices(services =>
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton(clock);
            });
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_directory, recursive: true);
            }
            catch (IOException)
            {
                // NOTE: a file still held by a pooled connection is left to the OS temp cleaner.
            }
        }
    }
}

/// <summary>One API over the seeded Ningguo store, shared by the read-only tests of a collection.</summary>
public sealed class SeededFactory() : GovGraphFactory("ningguo");

[CollectionDefinition(Name)]
public sealed class SeededCollection : ICollectionFixture<SeededFactory>
{
    public const string Name = "seeded Ningguo API";
}
