using GovGraph.Api.Tests.Limits;

namespace GovGraph.Api.Tests.Introspection;

/// <summary>
/// Where raw query text may not run, introspection may not either: the persisted-documents-only mode and a caller
/// held to its allow-list (an API key for one app) are refused as for any other text, over HTTP.
/// </summary>
public sealed class IntrospectionRefusalTests(PersistedDocumentsOnlyFactory persistedOnly, PersistedDocumentsOpenFactory open)
    : IClassFixture<PersistedDocumentsOnlyFactory>, IClassFixture<PersistedDocumentsOpenFactory>
{
    [Theory]
    [MemberData(nameof(IntrospectionFixtures.All), MemberType = typeof(IntrospectionFixtures))]
    public async Task IntrospectionIsRefusedWhenOnlyPersistedDocumentsRun(string fixture)
    {
        var response = await persistedOnly.CreateClient().PostJsonAsync(IntrospectionFixtures.Body(fixture));

        Assert.Equal(400, response.StatusCode);
        Assert.Equal(["PERSISTED_DOCUMENT_REQUIRED"], response.ErrorCodes);
        Assert.Null(response.Body["data"]);
    }

    [Theory]
    [MemberData(nameof(IntrospectionFixtures.All), MemberType = typeof(IntrospectionFixtures))]
    public async Task IntrospectionIsRefusedToACallerHeldToItsAllowList(string fixture)
    {
        var response = await open.CreateClient().PostJsonAsync(IntrospectionFixtures.Body(fixture),
            ("X-Test-Caller", "app"), ("X-Test-Documents", Persisted.Id(Persisted.StatsQuery)));

        Assert.Equal(["PERSISTED_DOCUMENT_REQUIRED"], response.ErrorCodes);
        Assert.Null(response.Body["data"]);
    }

    [Fact]
    public async Task TheSameCallerWithoutAnAllowListGetsTheSchema()
    {
        var response = await open.CreateClient().PostJsonAsync(IntrospectionFixtures.Body(IntrospectionFixtures.GraphiQL), ("X-Test-Caller", "app"));

        Assert.Equal("Query", response.AssertNoErrors().Data["__schema"]!["queryType"]!["name"]!.GetValue<string>());
    }
}
