using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace GovGraph.Api.Tests.Transport;

/// <summary>
/// The API hosted in memory with its own empty store in a temporary folder, so no test touches the seed data.
/// <paramref name="configureServices"/> lets a test swap in a schema that misbehaves on purpose.
/// </summary>
public sealed class TransportApi : IDisposable
{
    private readonly WebApplicationFactory<Program> _root = new();
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "govgraph-transport-" + Guid.NewGuid().ToString("N"));

    public TransportApi() : this(webRoot: null, configureServices: null)
    {
    }

    internal TransportApi(string? webRoot, Action<IServiceCollection>? configureServices)
    {
        Directory.CreateDirectory(_folder);
        Factory = _root.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Store:Seed", "none");
            builder.UseSetting("Store:Path", Path.Combine(_folder, "govgraph.db"));
            builder.UseSetting("RateLimit:Enabled", "false");
            if (webRoot is not null)
            {
                // Outside Development the host does not layer the build's static web assets over the web root,
                // so the folder given is all there is.
                builder.UseEnvironment("Testing");
                builder.UseSetting(WebHostDefaults.WebRootKey, webRoot);
            }

            if (configureServices is not null)
            {
                builder.ConfigureTestServices(configureServices);
            }
        });
    }

    public WebApplicationFactory<Program> Factory { get; }

    public HttpClient CreateClient() => Factory.CreateClient();

    public void Dispose()
    {
        Factory.Dispose();
        _root.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // NOTE: SQLite may still hold the file on some platforms; the OS cleans the temp folder.
        }
    }
}
