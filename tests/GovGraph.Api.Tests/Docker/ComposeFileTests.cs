using System.Diagnostics;
using GovGraph.Api.Tests.Infrastructure;
using YamlDotNet.RepresentationModel;

namespace GovGraph.Api.Tests.Docker;

/// <summary>
/// docker/compose.yml: Neo4j 5.26 pinned with a healthcheck and auth from the env file, Redis 7, and the API in two
/// replicas wired to both. Checked as YAML here (no Docker engine runs on these machines); `docker compose config`
/// runs too where Docker is installed.
/// </summary>
public sealed class ComposeFileTests
{
    private static readonly string ComposePath = Path.Combine(RepositoryRoot.Path, "docker", "compose.yml");
    private static readonly string EnvPath = Path.Combine(RepositoryRoot.Path, "docker", "neo4j.env");

    private static YamlMappingNode Services()
    {
        var yaml = new YamlStream();
        using var reader = new StreamReader(ComposePath);
        yaml.Load(reader);
        var root = (YamlMappingNode)yaml.Documents.Single().RootNode;
        return (YamlMappingNode)root["services"];
    }

    private static YamlMappingNode Service(string name) => (YamlMappingNode)Services()[name];

    private static string Scalar(YamlNode node, params string[] path) =>
        ((YamlScalarNode)path.Aggregate(node, (n, key) => ((YamlMappingNode)n)[key])).Value!;

    [Fact]
    public void Neo4jIsPinnedToAnExact526CommunityTagWithAHealthcheck()
    {
        var neo4j = Service("neo4j");

        Assert.Matches(@"^neo4j:5\.26\.\d+-community$", Scalar(neo4j, "image"));
        Assert.True(neo4j.Children.ContainsKey("healthcheck"));
        Assert.Contains("7474", string.Join(' ', ((YamlSequenceNode)neo4j["healthcheck"]["test"]).Select(n => n.ToString())), StringComparison.Ordinal);
    }

    [Fact]
    public void PasswordsComeFromTheEnvFileNotTheComposeFile()
    {
        var auth = Scalar(Service("neo4j"), "environment", "NEO4J_AUTH");
        var apiPassword = Scalar(Service("api"), "environment", "Neo4j__Password");

        Assert.StartsWith("neo4j/${NEO4J_PASSWORD", auth, StringComparison.Ordinal);
        Assert.StartsWith("${NEO4J_PASSWORD", apiPassword, StringComparison.Ordinal);
        Assert.Contains("NEO4J_PASSWORD=", File.ReadAllText(EnvPath), StringComparison.Ordinal);
    }

    [Fact]
    public void TheApiRunsInTwoReplicasOnNeo4jAndRedis()
    {
        var api = Service("api");

        Assert.Equal("2", Scalar(api, "deploy", "replicas"));
        Assert.Equal("docker/Dockerfile", Scalar(api, "build", "dockerfile"));
        Assert.True(File.Exists(Path.Combine(RepositoryRoot.Path, "docker", "Dockerfile")));
        Assert.Equal("neo4j", Scalar(api, "environment", "Store__Provider"));
        Assert.Equal("http://neo4j:7474", Scalar(api, "environment", "Neo4j__Uri"));
        Assert.Equal("redis:6379", Scalar(api, "environment", "ConnectionStrings__Redis"));
        Assert.Equal("service_healthy", Scalar(api, "depends_on", "neo4j", "condition"));
        Assert.Equal("service_healthy", Scalar(api, "depends_on", "redis", "condition"));
        Assert.Equal("redis:7", Scalar(Service("redis"), "image"));
    }

    [SkippableFact]
    public void DockerComposeAcceptsTheFileWhereDockerIsInstalled()
    {
        var docker = Environment.GetEnvironmentVariable("PATH")?.Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, "docker")).FirstOrDefault(File.Exists);
        Skip.If(docker is null, "docker is not installed on this machine: the compose file is checked as YAML above.");
        Skip.If(Run(docker!, "compose", "version").ExitCode != 0,
            "docker is installed without its compose plugin: the compose file is checked as YAML above.");

        var (exitCode, errors) = Run(docker!, "compose", "-f", ComposePath, "--env-file", EnvPath, "config", "--quiet");
        Assert.True(exitCode == 0, errors);
    }

    private static (int ExitCode, string Errors) Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program, arguments) { RedirectStandardError = true, RedirectStandardOutput = true };
        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, errors);
    }
}
