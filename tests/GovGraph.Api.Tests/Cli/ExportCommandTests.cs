using System.Text;
using System.Text.RegularExpressions;
using GovGraph.Api.Cli;

namespace GovGraph.Api.Tests.Cli;

public sealed class ExportCommandTests : IDisposable
{
    private readonly CliFixture _cli = new();

    [Fact]
    public async Task ExportingWritesTheWholeGraphAndPrintsAOneLineSummary()
    {
        var store = await _cli.SmallStoreAsync();
        var file = _cli.PathOf("out.jsonl");

        var exit = await ExportCommand.RunAsync(store, ["export", file], _cli.Console, CliFixture.Ct);

        Assert.Equal(0, exit);
        Assert.Matches($"^Exported 2 nodes and 1 relationships to {Regex.Escape(file)} in \\d+\\.\\d s\n$", _cli.Out.ToString());
        Assert.Equal(
            """
            {"type":"node","id":"city:ningguo","labels":["City"],"properties":{"name":"宁国市","id":"city:ningguo"}}
            {"type":"node","id":"township:gangkou","labels":["Township"],"properties":{"name":"港口镇","divisionType":"TOWN","id":"township:gangkou"}}
            {"type":"relationship","id":"r:1","label":"OVERSEES","start":{"id":"city:ningguo","labels":["City"]},"end":{"id":"township:gangkou","labels":["Township"]},"properties":{}}

            """,
            await File.ReadAllTextAsync(file, Encoding.UTF8));
        Assert.False(File.Exists(file + ".partial"));
    }

    [Fact]
    public async Task AnExportImportedIntoAnotherStoreExportsTheSameBytes()
    {
        var first = _cli.PathOf("first.jsonl");
        var second = _cli.PathOf("second.jsonl");
        await ExportCommand.RunAsync(await _cli.SmallStoreAsync(), ["export", first], _cli.Console, CliFixture.Ct);
        var copy = _cli.NewStore("copy.db");

        Assert.Equal(0, await ImportCommand.RunAsync(copy, ["import", first], _cli.Console, CliFixture.Ct));
        Assert.Equal(0, await ExportCommand.RunAsync(copy, ["export", second], _cli.Console, CliFixture.Ct));

        Assert.Equal(await File.ReadAllBytesAsync(first), await File.ReadAllBytesAsync(second));
    }

    [Fact]
    public async Task ExportingIntoAMissingFolderIsAClearErrorWithExitCodeOne()
    {
        var store = await _cli.SmallStoreAsync();
        var file = _cli.PathOf(Path.Combine("no-such-folder", "out.jsonl"));

        var exit = await ExportCommand.RunAsync(store, ["export", file], _cli.Console, CliFixture.Ct);

        Assert.Equal(1, exit);
        Assert.StartsWith($"Cannot write {file}: ", _cli.Error.ToString());
        Assert.Empty(_cli.Out.ToString());
    }

    public void Dispose() => _cli.Dispose();
}
