using GovGraph.Api.Cli;
using GovGraph.Api.Tests.Infrastructure;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Snapshooter.Xunit;

namespace GovGraph.Api.Tests.Schema;

[Collection(SeededCollection.Name)]
public sealed class SchemaContractTests(SeededFactory factory)
{
    private const string Regenerate =
        "The running schema differs from schema/govgraph.graphql. If the change is intended, regenerate the contract with "
        + "`dotnet run --project src/GovGraph.Api -- schema schema/govgraph.graphql` and note any breaking change in the issue.";

    [Fact]
    public void RunningSchemaMatchesTheContractFile()
    {
        var running = SchemaCommand.PrintSchema(factory.Services);
        var contract = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "schema", "govgraph.graphql")).ReplaceLineEndings("\n");

        Assert.True(running == contract, Regenerate);
    }

    [Fact]
    public void SchemaMatchesItsSnapshot() => Snapshot.Match(SchemaCommand.PrintSchema(factory.Services));

    [Fact]
    public void EveryTypeFieldArgumentAndEnumValueHasADescription()
    {
        var schema = factory.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var missing = new List<string>();
        foreach (var type in schema.AllTypes.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && t is not ScalarGraphType))
        {
            if (string.IsNullOrWhiteSpace(type.Description))
            {
                missing.Add(type.Name);
            }

            if (type is IComplexGraphType complex)
            {
                foreach (var field in complex.Fields)
                {
                    if (string.IsNullOrWhiteSpace(field.Description))
                    {
                        missing.Add($"{type.Name}.{field.Name}");
                    }

                    missing.AddRange((field.Arguments ?? [])
                        .Where(a => string.IsNullOrWhiteSpace(a.Description))
                        .Select(a => $"{type.Name}.{field.Name}({a.Name})"));
                }
            }

            if (type is EnumerationGraphType enumeration)
            {
                missing.AddRange(enumeration.Values
                    .Where(v => string.IsNullOrWhiteSpace(v.Description))
                    .Select(v => $"{type.Name}.{v.Name}"));
            }
        }

        Assert.Empty(missing);
    }

    [Fact]
    public void EveryLabelOfTheModelHasAnObjectTypeImplementingNode()
    {
        var schema = factory.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        foreach (var label in GovGraph.Domain.Model.Labels.Storable)
        {
            var type = Assert.IsAssignableFrom<IObjectGraphType>(schema.AllTypes[label]);
            Assert.Contains(type.ResolvedInterfaces, i => i.Name == "Node");
        }
    }
}
