using GovGraph.Api.Tests.Infrastructure;
using GovGraph.Api.Tests.Limits;

namespace GovGraph.Api.Tests.Introspection;

/// <summary>With authentication on, every role reads the schema, the least of them included; only a credential does.</summary>
[Collection(SecuredCollection.Name)]
public sealed class SecuredIntrospectionTests(SecuredFactory factory)
{
    [Theory]
    [MemberData(nameof(IntrospectionFixtures.All), MemberType = typeof(IntrospectionFixtures))]
    public async Task AViewerScopedToOneVillageGetsTheWholeSchema(string fixture)
    {
        var response = await factory.ClientFor("viewer", "village:shanmen").PostJsonAsync(IntrospectionFixtures.Body(fixture));

        IntrospectionAnswer.AssertFull(response, factory.Services);
    }

    [Theory]
    [MemberData(nameof(IntrospectionFixtures.All), MemberType = typeof(IntrospectionFixtures))]
    public async Task AnAdminGetsTheWholeSchema(string fixture)
    {
        var response = await factory.ClientFor("admin").PostJsonAsync(IntrospectionFixtures.Body(fixture));

        IntrospectionAnswer.AssertFull(response, factory.Services);
    }

    [Fact]
    public async Task IntrospectionWithoutCredentialsIsUnauthorized()
    {
        var response = await factory.CreateClient().PostJsonAsync(IntrospectionFixtures.Body(IntrospectionFixtures.GraphiQL));

        Assert.Equal(401, response.StatusCode);
        Assert.Null(response.Body["data"]);
    }
}
