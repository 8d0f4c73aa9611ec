using GovGraph.Api.Cli;

namespace GovGraph.Api.Tests.Cli;

public sealed class PersistedCommandTests : IDisposable
{
    private readonly CliFixture _cli = new();

    [Fact]
    public async Task PersistedIdPrintsTheSha256IdOfTheFile()
    {
        // The SHA-256 of the three bytes "abc", a published test vector.
        var file = _cli.WriteFile("abc.graphql", "abc");

        var exit = await PersistedCommand.RunAsync(["persisted", "id", file], _cli.Console);

        Assert.Equal(0, exit);
        Assert.Equal("sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\n", _cli.Out.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task SeveralFilesEachGetALineWithTheirName()
    {
        var first = _cli.WriteFile("a.graphql", "{ __typename }");
        var second = _cli.WriteFile("b.graphql", "{ stats { villages } }");

        var exit = await PersistedCommand.RunAsync(["persisted", "id", first, second], _cli.Console);

        Assert.Equal(0, exit);
        var lines = _cli.Out.ToString().ReplaceLineEndings("\n").TrimEnd().Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.Matches($"^sha256:[0-9a-f]{{64}}  {System.Text.RegularExpressions.Regex.Escape(second)}$", lines[1]);
    }

    [Fact]
    public async Task AMissingFileOrNoFileIsAnErrorWithoutAStackTrace()
    {
        Assert.Equal(1, await PersistedCommand.RunAsync(["persisted", "id", _cli.PathOf("missing.graphql")], _cli.Console));
        Assert.Equal(CommandLine.UsageError, await PersistedCommand.RunAsync(["persisted"], _cli.Console));
        Assert.DoesNotContain(" at ", _cli.Error.ToString());
    }

    public void Dispose() => _cli.Dispose();
}
