using System.CommandLine;
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
    public static Command Define(VerbContext context)
    {
        var scale = new Option<int>("--scale")
        {
            Description = "1 is the county; N adds N-1 synthetic copies of every village, for benchmarks.",
            HelpName = "N",
            DefaultValueFactory = _ => 1,
            CustomParser = result =>
            {
                if (int.TryParse(result.Tokens[0].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1)
                {
                    return n;
                }

                result.AddError("--scale takes a whole number of at least 1.");
                return 1;
            },
        };
        var replace = new Option<bool>("--replace") { Description = "Replace the stored graph (a store that holds anything is refused without it)." };
        var command = new Command("seed", "Writes the generated Ningguo dataset into the store.") { scale, replace };
        command.SetAction((parsed, _) => context.WithHostAsync("seed", (app, ct) => RunAsync(
            app.Services.GetRequiredService<IGraphStore>(), parsed.GetValue(scale), parsed.GetValue(replace), context.Console, ct,
            app.Services.GetRequiredService<TimeProvider>().GetUtcNow())));
        return command;
    }

    public static async Task<int> RunAsync(
        IGraphStore store, int scale, bool replace, CliConsole console, CancellationToken ct, DateTimeOffset? casesAsOf = null)
    {
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
