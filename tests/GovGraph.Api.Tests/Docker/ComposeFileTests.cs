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

        Assert.Equal("neo4j/${NEO4J_PASSWORD:-}", auth);
        Assert.Equal("${NEO4J_PASSWORD:-}", apiPassword);
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

    [Fact]
    public void TheNeo4jServicesRunOnlyInTheNeo4jProfileAndTheEmbeddedApiOnlyInItsOwn()
    {
        Assert.Equal(
            [("govgraph", "embedded"), ("neo4j", "neo4j"), ("redis", "neo4j"), ("api", "neo4j")],
            Services().Children.Select(s => (((YamlScalarNode)s.Key).Value!, ((YamlSequenceNode)((YamlMappingNode)s.Value)["profiles"]).Single().ToString())));
    }

    [Fact]
    public void TheEmbeddedApiKeepsItsStoreInAVolumeAtTheImagesStorePath()
    {
        var embedded = Service("govgraph");
        var dockerfile = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docker", "Dockerfile"));

        Assert.Equal("docker/Dockerfile", Scalar(embedded, "build", "dockerfile"));
        Assert.False(embedded.Children.ContainsKey("environment"), "the embedded store is the image's default");
        Assert.Equal("govgraph-data:/data", Assert.Single((YamlSequenceNode)embedded["volumes"]).ToString());
        Assert.Equal("5080:5080", Assert.Single((YamlSequenceNode)embedded["ports"]).ToString());
        Assert.Contains("Store__Path=/data/govgraph.db", dockerfile, StringComparison.Ordinal);
        Assert.Contains("VOLUME /data", dockerfile, StringComparison.Ordinal);
        Assert.Contains("USER $APP_UID", dockerfile, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void TheImageBuildsAndAnswersOnTheEmbeddedStoreWhereADockerEngineRuns()
    {
        var docker = DockerEngine();
        var tag = $"govgraph-test:{Guid.NewGuid():N}";
        var volume = $"govgraph-test-{Guid.NewGuid():N}";
        try
        {
            var (built, buildErrors) = Run(docker, "build", "-f", Path.Combine(RepositoryRoot.Path, "docker", "Dockerfile"), "-t", tag, RepositoryRoot.Path);
            Assert.True(built == 0, buildErrors);

            // The quick start exactly as the README gives it, on a free host port.
            var (started, container) = RunOutput(docker, "run", "-d", "-p", "127.0.0.1::5080", "-v", $"{volume}:/data", tag);
            Assert.True(started == 0, container);
            container = container.Trim();
            try
            {
                var (_, port) = RunOutput(docker, "port", container, "5080/tcp");
                var url = $"http://{port.Trim().Split('\n')[0]}/graphql";
                using var http = new HttpClient();
                var deadline = DateTime.UtcNow.AddMinutes(3);
                string? answer = null;
                while (answer is null && DateTime.UtcNow < deadline)
                {
                    try
                    {
                        using var response = http.PostAsync(url, new StringContent("""{"query":"{ city { name } }"}""", System.Text.Encoding.UTF8, "application/json")).Result;
                        answer = response.IsSuccessStatusCode ? response.Content.ReadAsStringAsync().Result : null;
                    }
                    catch (HttpRequestException)
                    {
                        // Still seeding: the port opens after the seed.
                    }

                    if (answer is null)
                    {
                        Thread.Sleep(1000);
                    }
                }

                Assert.True(answer is not null, "the container did not answer within 3 minutes");
                Assert.Equal("宁国市委", System.Text.Json.Nodes.JsonNode.Parse(answer)!["data"]!["city"]!["name"]!.GetValue<string>());
            }
            finally
            {
                Run(docker, "rm", "-f", container);
            }
        }
        finally
        {
            Run(docker, "volume", "rm", "-f", volume);
            Run(docker, "image", "rm", "-f", tag);
        }
    }

    [SkippableFact]
    public void DockerComposeAcceptsTheFileWhereDockerIsInstalled()
    {
        var docker = Environment.GetEnvironmentVariable("PATH")?.Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, "docker")).FirstOrDefault(File.Exists);
        Skip.If(docker is null, "docker is not installed on this machine: the compose file is checked as YAML above.");
        Skip.If(Run(docker!, "compose", "version").ExitCode != 0,
            "docker is installed without its compose plugin: the compose file is checked as YAML above.");

        // Each profile as the README starts it: the embedded one needs no env file.
        var (neo4j, neo4jErrors) = Run(docker!, "compose", "-f", ComposePath, "--env-file", EnvPath, "--profile", "neo4j", "config", "--quiet");
        var (embedded, embeddedErrors) = Run(docker!, "compose", "-f", ComposePath, "--profile", "embedded", "config", "--quiet");
        Assert.True(neo4j == 0, neo4jErrors);
        Assert.True(embedded == 0, embeddedErrors);
    }

    private static string DockerEngine()
    {
        var docker = Environment.GetEnvironmentVariable("PATH")?.Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, "docker")).FirstOrDefault(File.Exists);
        Skip.If(docker is null, "docker is not installed on this machine: the Dockerfile and compose file are checked as text and YAML above.");
        Skip.If(Run(docker!, "info").ExitCode != 0,
            "docker is installed but no Docker engine answers (docker info fails): the image cannot be built here.");
        return docker!;
    }

    private static (int ExitCode, string Output) RunOutput(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program, arguments) { RedirectStandardError = true, RedirectStandardOutput = true };
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, process.ExitCode == 0 ? output : errors.Result);
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
