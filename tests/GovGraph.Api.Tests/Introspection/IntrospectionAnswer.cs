using System.Text.Json.Nodes;
using GovGraph.Api.Tests.Infrastructure;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace GovGraph.Api.Tests.Introspection;

/// <summary>What a full introspection answer holds, checked against the schema the API serves.</summary>
internal static class IntrospectionAnswer
{
    /// <summary>
    /// Asserts an error-free answer with every type of the server's schema, Village with its fields and the root
    /// types named; returns <c>__schema</c> for the checks a particular document adds.
    /// </summary>
    public static JsonObject AssertFull(GraphQLResponse response, IServiceProvider services)
    {
        Assert.True(response.StatusCode == 200, $"{response.StatusCode}: {response.Body.ToJsonString()[..Math.Min(2000, response.Body.ToJsonString().Length)]}");
        var schema = response.AssertNoErrors().Data["__schema"]!.AsObject();
        var served = services.GetRequiredService<ISchema>();

        var types = schema["types"]!.AsArray().Select(t => t!.AsObject()).ToList();
        Assert.Equal(served.AllTypes.Count, types.Count);
        Assert.Equal(
            served.AllTypes.Select(t => t.Name).Order(StringComparer.Ordinal),
            types.Select(t => t["name"]!.GetValue<string>()).Order(StringComparer.Ordinal));

        var village = types.Single(t => t["name"]!.GetValue<string>() == "Village");
        Assert.Equal("OBJECT", village["kind"]!.GetValue<string>());
        var fields = village["fields"]!.AsArray().Select(f => f!["name"]!.GetValue<string>()).ToList();
        Assert.Contains("partyGroups", fields);
        Assert.Contains("ancestors", fields);
        Assert.Equal(served.AllTypes["Village"] is IComplexGraphType complex ? complex.Fields.Count : -1, fields.Count);

        Assert.Equal("Query", schema["queryType"]!["name"]!.GetValue<string>());
        Assert.Equal("Mutation", schema["mutationType"]!["name"]!.GetValue<string>());
        Assert.NotEmpty(schema["directives"]!.AsArray());
        return schema;
    }

    /// <summary>The newer introspection fields that graphql's getIntrospectionQuery options ask for, answered.</summary>
    public static void AssertNewerFields(JsonObject schema, IServiceProvider services)
    {
        Assert.Equal(services.GetRequiredService<ISchema>().Description, schema["description"]!.GetValue<string>());
        Assert.All(schema["directives"]!.AsArray(), d => Assert.IsType<bool>(d!["isRepeatable"]!.GetValue<bool>()));

        var types = schema["types"]!.AsArray().Select(t => t!.AsObject()).ToList();
        var scalars = types.Where(t => t["kind"]!.GetValue<string>() == "SCALAR").ToList();
        Assert.Contains(scalars, s => s["name"]!.GetValue<string>() == "DateTime");
        Assert.All(scalars, s => Assert.True(s.ContainsKey("specifiedByURL"), s["name"] + " has no specifiedByURL"));

        // Input value deprecation: arguments and input fields say whether they are deprecated.
        var inputs = types.Where(t => t["kind"]!.GetValue<string>() == "INPUT_OBJECT").SelectMany(t => t["inputFields"]!.AsArray()).ToList();
        Assert.NotEmpty(inputs);
        Assert.All(inputs, f => Assert.IsType<bool>(f!["isDeprecated"]!.GetValue<bool>()));
    }
}
