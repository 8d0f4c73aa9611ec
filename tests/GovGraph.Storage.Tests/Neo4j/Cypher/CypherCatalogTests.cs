using System.Collections;
using System.Reflection;
using System.Text.Json;
using GovGraph.Storage.Neo4j.Cypher;
using GovGraph.Storage.Neo4j.Cypher.Builders;

namespace GovGraph.Storage.Tests.Neo4j.Cypher;

/// <summary>
/// Keeps <see cref="CypherCatalog"/> complete and hands it to Neo4j's front end: the Node test
/// tests/conformance/cypher.test.mjs parses and analyses every case in Cypher 5 and Cypher 25 from the file written
/// here (tests/run.sh runs the .NET tests before the Node suite).
/// </summary>
public sealed class CypherCatalogTests
{
    /// <summary>Where the catalog goes, relative to the repository root; the Node test reads the same path.</summary>
    public const string CatalogPath = "tests/conformance/generated/cypher-statements.json";

    private static readonly Type[] QueryRecords =
        [typeof(NodeQuery), typeof(NeighbourQuery), typeof(NodeCriteria), typeof(NodeOrder), typeof(RelationshipFilter), typeof(PropertyFilter)];

    [Fact]
    public void EveryBuilderMethodHasACase()
    {
        var covered = CypherCatalog.Cases().Select(c => c.Builder).ToHashSet(StringComparer.Ordinal);
        var missing = BuilderMethods().Where(m => !covered.Contains(m)).ToList();
        Assert.True(missing.Count == 0,
            "These Cypher builder methods have no case in CypherCatalog (add one per branch there, so Neo4j's front end checks them): "
            + string.Join(", ", missing));
    }

    [Fact]
    public void EveryCaseNamesABuilderMethod()
    {
        var methods = BuilderMethods().ToHashSet(StringComparer.Ordinal);
        Assert.Empty(CypherCatalog.Cases().Select(c => c.Builder).Where(b => !methods.Contains(b)).Distinct());
    }

    [Fact]
    public void EveryOptionTheBuildersReadTakesEachOfItsKindsOfValue()
    {
        var missing = MissingOptions(CypherCatalog.Inputs);
        Assert.True(missing.Count == 0,
            "No CypherCatalog case gives these options these values (a builder branch may hide behind each; add a case "
            + "in CypherCatalog): " + string.Join(", ", missing));
    }

    [Fact]
    public void TheOptionCheckReportsAnOptionNoCaseSets()
    {
        var missing = MissingOptions([new NodeQuery(new NodeCriteria { Labels = ["Village"] }, 10)]);
        Assert.Contains("NodeCriteria.Within = set", missing);
        Assert.Contains("NodeQuery.IncludeTotal = false", missing);
        Assert.DoesNotContain("NodeCriteria.Labels = set", missing);
    }

    [Fact]
    public void CaseNamesAreUnique()
    {
        var duplicates = CypherCatalog.Cases().GroupBy(c => c.Name, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key);
        Assert.Empty(duplicates);
    }

    /// <summary>Writes the catalog for the Node front-end check (a build artefact, ignored by git).</summary>
    [Fact]
    public void TheCatalogIsWrittenForNeo4jsFrontEnd()
    {
        var path = Path.Combine(RepositoryRoot(), CatalogPath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var cases = CypherCatalog.Cases();
        var document = new
        {
            generatedBy = $"{nameof(CypherCatalogTests)}.{nameof(TheCatalogIsWrittenForNeo4jsFrontEnd)}",
            builders = BuilderMethods(),
            cases = cases.Select(c => new { name = c.Name, builder = c.Builder, text = c.Statement.Text }),
        };
        File.WriteAllText(path, JsonSerializer.Serialize(document, new JsonSerializerOptions { WriteIndented = true }));

        var written = JsonDocument.Parse(File.ReadAllText(path)).RootElement.GetProperty("cases");
        Assert.Equal(cases.Count, written.GetArrayLength());
    }

    /// <summary>The options of the query records that no input gives one of its kinds of value, as "Record.Option = kind".</summary>
    internal static IReadOnlyList<string> MissingOptions(IEnumerable<object> inputs)
    {
        var seen = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            Walk(input, seen);
        }

        var missing = new List<string>();
        foreach (var type in QueryRecords)
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
            {
                var name = type.Name + "." + property.Name;
                var kinds = seen.GetValueOrDefault(name) ?? [];
                missing.AddRange(Kinds(property).Where(k => !kinds.Contains(k)).Select(k => $"{name} = {k}"));
            }
        }

        return missing;
    }

    /// <summary>Every static builder method that returns statements, as "Class.Method".</summary>
    internal static IReadOnlyList<string> BuilderMethods() => typeof(CypherNames).Assembly.GetTypes()
        .Where(t => t.Namespace == typeof(CypherNames).Namespace && !t.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute)))
        .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(m => !m.IsSpecialName && !m.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute))
                && (m.ReturnType == typeof(CypherStatement) || typeof(IEnumerable<CypherStatement>).IsAssignableFrom(m.ReturnType)))
            .Select(m => t.Name + "." + m.Name))
        .Distinct(StringComparer.Ordinal)
        .Order(StringComparer.Ordinal)
        .ToList();

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GovGraph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("GovGraph.sln not found above " + AppContext.BaseDirectory);
    }

    // The kinds of value that can steer a builder: null or not, true or false, empty or not.
    private static IEnumerable<string> Kinds(PropertyInfo property)
    {
        var type = property.PropertyType;
        var nullable = Nullable.GetUnderlyingType(type) is not null
            || (!type.IsValueType && new NullabilityInfoContext().Create(property).ReadState == NullabilityState.Nullable);
        if (nullable)
        {
            return ["null", "set"];
        }

        if (type == typeof(bool))
        {
            return ["true", "false"];
        }

        return type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type) ? ["nonEmpty"] : [];
    }

    private static string Kind(object? value) => value switch
    {
        null => "null",
        bool b => b ? "true" : "false",
        string => "set",
        IEnumerable e => e.Cast<object?>().Any() ? "nonEmpty" : "empty",
        _ => "set",
    };

    private static void Walk(object? value, Dictionary<string, HashSet<string>> seen)
    {
        if (value is null)
        {
            return;
        }

        var type = value.GetType();
        if (!QueryRecords.Contains(type))
        {
            if (value is IEnumerable items and not string)
            {
                foreach (var item in items)
                {
                    Walk(item, seen);
                }
            }

            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            var v = property.GetValue(value);
            var kinds = seen.TryGetValue(type.Name + "." + property.Name, out var k) ? k : seen[type.Name + "." + property.Name] = [];
            kinds.Add(Kind(v));
            if (v is not null)
            {
                kinds.Add("set");
            }

            Walk(v, seen);
        }
    }
}
