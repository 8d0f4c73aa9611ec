using System.Diagnostics;
using System.Globalization;
using GovGraph.Storage;
using GovGraph.Storage.Seeding;

namespace GovGraph.Api.Cli;

/// <summary>
/// <c>seed [--scale N] [--replace]</c>: writes the generated Ningguo dataset (scale 1 is the county; N adds N-1
/// synthetic copies of every village). A store that holds anything is refused unless <c>--replace</c> is given.
/// </summary>
public static class SeedCommand
{
    public const string Usage = "usage: seed [--scale N] [--replace]";

    public static async Task<int> RunAsync(
        IGraphStore store, IReadOnlyList<string> args, CliConsole console, CancellationToken ct, DateTimeOffset? casesAsOf = null)
    {
        var arguments = VerbArguments.Parse(args.Skip(1), ["--replace"], ["--scale"], out var error);
        var scale = 1;
        if (arguments is null
            || arguments.Positionals.Count != 0
            || (arguments.Values.TryGetValue("--scale", out var text)
                && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out scale) || scale < 1)))
        {
            await console.Error.WriteLineAsync($"{error ?? "--scale takes a whole number of at least 1; seed takes no file."} {Usage}");
            return CommandLine.UsageError;
        }

        var replace = arguments.Has("--replace");
        await store.InitializeAsync(ct);
        if (!replace && !await store.IsEmptyAsync(ct))
        {
            var count = await store.CountNodesAsync(new NodeCriteria(), ct);
            await console.Error.WriteLineAsync(
                $"The store is not empty ({count:N0} nodes); nothing was written. Use seed --replace to replace its graph with the generated one.");
            return 1;
        }

        var clock = Stopwatch.StartNew();
        var batch = new GraphWriteBatch { ReplaceAll = replace };
        using (var progress = new ConsoleProgress(console.Error, console.ShowProgress))
        {
            progress.Phase($"generating Ningguo at scale {scale}");
            var generated = NingguoGenerator.Generate(scale, casesAsOf);
            batch.CreateNodes.AddRange(generated.CreateNodes);
            batch.CreateRelationships.AddRange(generated.CreateRelationships);
            progress.Phase($"writing {batch.CreateNodes.Count:N0} nodes and {batch.CreateRelationships.Count:N0} relationships");
            await store.WriteAsync(batch, ct);
        }

        await console.Out.WriteLineAsync(
            $"Seeded {batch.CreateNodes.Count:N0} nodes and {batch.CreateRelationships.Count:N0} relationships (Ningguo, scale {scale}) in {CommandLine.Seconds(clock.Elapsed)}"
            + (replace ? " (the previous graph was replaced)" : string.Empty));
        return 0;
    }
}
