using GovGraph.Api.Tests.Infrastructure;
using GovGraph.Storage.Neo4j.Cypher;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;

namespace GovGraph.Api.Tests.Store;

/// <summary>`Store:Provider=neo4j`: the Cypher store over the HTTP Query API, and a clear stop when it cannot start.</summary>
public sealed class Neo4jStartupTests
{
    [Fact]
    public void AnUnreachableNeo4jStopsTheStartNamingTheSetting()
    {
        // Nothing listens on port 1 of loopback: the Cypher store's start-up migration is refused at once.
        using var factory = new Neo4jFactory(new() { ["Neo4j:Uri"] = "http://127.0.0.1:1" });

        var error = Assert.Throws<Neo4jException>(() => factory.CreateClient());

        Assert.Equal("GovGraph.Neo4j.Unreachable", error.Code);
        Assert.Contains("Neo4j:Uri", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ABadNeo4jSettingStopsTheStartWithItsName()
    {
        using var factory = new Neo4jFactory(new() { ["Neo4j:Database"] = "" });

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("Database", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AWriteUriThatIsNotAnHttpAddressStopsTheStartWithItsName()
    {
        using var factory = new Neo4jFactory(new() { ["Neo4j:WriteUri"] = "bolt://core-1:7687" });

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("Neo4j:WriteUri", error.Message, StringComparison.Ordinal);
    }

    private sealed class Neo4jFactory(Dictionary<string, string> settings) : GovGraphFactory("none")
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Store:Provider", "neo4j");
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        }
    }
}
