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

    [Fact]
    public void AWriteUriThatIsNotAnAbsoluteHttpAddressFailsValidationNamingTheSetting()
    {
        var options = new Neo4jOptions { WriteUri = new Uri("bolt://core-1:7687") };

        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);

        var problem = Assert.Single(results);
        Assert.Equal([nameof(Neo4jOptions.WriteUri)], problem.MemberNames);
        Assert.Contains("Neo4j:WriteUri", problem.ErrorMessage);
        Assert.Empty(Problems(new Neo4jOptions { WriteUri = new Uri("https://core-1.example:7473") }));
        Assert.Equal([nameof(Neo4jOptions.WriteUri)], Problems(new Neo4jOptions { WriteUri = new Uri("/relative", UriKind.Relative) }));
    }

    [Fact]
    public void ABearerTokenBesideBasicCredentialsFailsValidation()
    {
        Assert.Empty(Problems(new Neo4jOptions { BearerToken = "token" }));
        Assert.Equal(
            [nameof(Neo4jOptions.BearerToken)], Problems(new Neo4jOptions { BearerToken = "token", User = "neo4j", Password = "x" }));
        Assert.Equal([nameof(Neo4jOptions.User)], Problems(new Neo4jOptions { Password = "x" }));
    }
}
