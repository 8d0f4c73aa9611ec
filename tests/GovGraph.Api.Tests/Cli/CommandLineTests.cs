using GovGraph.Api.Cli;

namespace GovGraph.Api.Tests.Cli;

/// <summary>
/// The command line before any host exists: help and usage errors never build or serve the API. The host here
/// fails the test if it is built or served, so a parse that falls through to serving cannot pass.
/// </summary>
public sealed class CommandLineTests
{
    private static readonly ApiHost NoHost = new(
        _ => throw new InvalidOperationException("the command line built the host"),
        _ => throw new InvalidOperationException("the command line served the API"));

    private static async Task<(int Exit, string Out, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await CommandLine.RunAsync(args, NoHost, new CliConsole(output, error, ShowProgress: false));
        return (exit, output.ToString(), error.ToString());
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("help")]
    public async Task HelpPrintsTheVerbsAndExitsZeroWithoutStartingTheServer(string flag)
    {
        var (exit, output, _) = await RunAsync(flag);

        Assert.Equal(0, exit);
        foreach (var verb in new[] { "serve", "seed", "import", "export", "schema", "apikey", "persisted", "token" })
        {
            Assert.Contains(verb, output);
        }
    }

    [Theory]
    [InlineData("seed")]
    [InlineData("import")]
    [InlineData("export")]
    [InlineData("token")]
    public async Task EachVerbHasItsOwnHelp(string verb)
    {
        var (exit, output, _) = await RunAsync(verb, "--help");

        Assert.Equal(0, exit);
        Assert.Contains(verb, output);
    }

    [Fact]
    public async Task HelpDoesNotSwallowTheNextArgument()
    {
        var (exit, output, _) = await RunAsync("--help", "seed");

        Assert.Equal(0, exit);
        Assert.Contains("seed", output);
    }

    [Fact]
    public async Task AnUnknownVerbIsAUsageErrorWithASuggestion()
    {
        var (exit, _, error) = await RunAsync("sed");

        Assert.Equal(CommandLine.UsageError, exit);
        Assert.Contains("'seed'", error);
    }

    [Fact]
    public async Task AnUnknownOptionIsAUsageError()
    {
        var (exit, _, error) = await RunAsync("seed", "--scle", "2");

        Assert.Equal(CommandLine.UsageError, exit);
        Assert.Contains("--scle", error);
    }
}
