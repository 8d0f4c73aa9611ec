using GovGraph.Api.Security.ApiKeys;
using GovGraph.Api.Tests.Changes;
using GovGraph.Api.Tests.Infrastructure;
using GovGraph.Api.Tests.Limits;
using GovGraph.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace GovGraph.Api.Tests.Security.ApiKeys;

/// <summary>
/// The secured API over the <see cref="SmallCounty"/> with the persisted documents of <see cref="Persisted"/>, for
/// API keys end to end: created through the service as the <c>apikey create</c> verb does, then sent as
/// <c>X-Api-Key</c>.
/// </summary>
public sealed class ApiKeyApiFactory() : SecuredFactory("none"), IAsyncLifetime
{
    private readonly string _documents = Path.Combine(Path.GetTempPath(), "govgraph-tests", "key-documents-" + Guid.NewGuid().ToString("N"));

    public ApiKeyService Keys => Services.GetRequiredService<ApiKeyService>();

    public async Task InitializeAsync() =>
        await Services.GetRequiredService<IGraphStore>().WriteAsync(SmallCounty.Build(), CancellationToken.None);

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    /// <summary>A client sending this key.</summary>
    public HttpClient ClientWithKey(string key)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.Header, key);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        Directory.CreateDirectory(_documents);
        File.WriteAllText(Path.Combine(_documents, "stats.graphql"), Persisted.StatsQuery);
        File.WriteAllText(Path.Combine(_documents, "create.graphql"), Persisted.CreatePerson);
        builder.UseSetting("GraphQL:PersistedDocuments:Path", _documents);
    }
}
