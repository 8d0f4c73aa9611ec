using System.ComponentModel.DataAnnotations;
using GovGraph.Storage.Neo4j.Client;

namespace GovGraph.Storage.Tests.Neo4j.Client;

public sealed class Neo4jOptionsTests
{
    private static List<string> Problems(Neo4jOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results.SelectMany(r => r.MemberNames).ToList();
    }

    [Fact]
    public void DefaultsPointAtALocalServerAndValidate()
    {
        var options = new Neo4jOptions();

        Assert.Equal(new Uri("http://localhost:7474"), options.Uri);
        Assert.Equal("neo4j", options.Database);
        Assert.Empty(Problems(options));
    }

    [Fact]
    public void AnEmptyDatabaseAndOutOfRangeLimitsFailValidation()
    {
        var options = new Neo4jOptions { Database = "", MaxRetries = 50, RequestTimeout = TimeSpan.Zero };

        Assert.Equal(
            [nameof(Neo4jOptions.Database), nameof(Neo4jOptions.MaxRetries), nameof(Neo4jOptions.RequestTimeout)],
            Problems(options).Order());
    }
}
