using System.Diagnostics;
using GovGraph.Storage;
using GovGraph.Storage.Interchange;

namespace GovGraph.Api.Cli;

/// <summary>
/// <c>import FILE [--replace]</c>: reads an APOC JSON-lines file (MODEL.md) into the store, all or nothing. Without
/// <c>--replace</c> the file adds to the stored graph and no id may clash; with it, the file replaces the graph.
/// </summary>
public static class ImportCommand
{
    public const string Usage = "usage: import FILE [--replace]";

    public static async Task<int> RunAsync(IGraphStore store, IReadOnlyList<string> args, CliConsole console, CancellationToken ct)
    {
        var arguments = VerbArguments.Parse(args.Skip(1), ["--replace"], [], out var error);
        if (arguments is null || arguments.Positionals.Count != 1)
        {
            await console.Error.WriteLineAsync($"{error ?? "import needs one file."} {Usage}");
            return CommandLine.UsageError;
        }

        var path = CommandLine.ResolvePath(arguments.Positionals[0]);
        if (!File.Exists(path))
        {
            await console.Error.WriteLineAsync($"Cannot import {path}: there is no such file.");
            return 1;
        }

        await store.InitializeAsync(ct);
        var clock = Stopwatch.StartNew();
        var options = new ImportOptions { Replace = arguments.Has("--replace") };
        ImportResult result;
        using (var progress = new ConsoleProgress(console.Error, console.ShowProgress))
        {
            try
            {
                await using var input = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
                result = await ApocJsonImporter.ImportAsync(input, store, options, progress, ct);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                progress.Clear();
                await console.Error.WriteLineAsync($"Cannot read {path}: {e.Message}");
                return 1;
            }
        }

        if (!result.Succeeded)
        {
            foreach (var refused in result.Errors)
            {
                await console.Error.WriteLineAsync(refused.ToString());
            }

            var count = result.StoppedEarly
                ? $"reading stopped after {Errors(result.ErrorCount)}, later lines were not checked"
                : Errors(result.ErrorCount) + (result.ErrorCount > result.Errors.Count ? $", the first {result.Errors.Count} shown" : string.Empty);
            await console.Error.WriteLineAsync($"Import of {path} refused ({count}). The store is unchanged.");
            return 1;
        }

        await console.Out.WriteLineAsync(
            $"Imported {result.NodeCount:N0} nodes and {result.RelationshipCount:N0} relationships from {path} in {CommandLine.Seconds(clock.Elapsed)}"
            + (options.Replace ? " (the previous graph was replaced)" : string.Empty));
        return 0;
    }

    private static string Errors(int count) => count == 1 ? "1 error" : $"{count:N0} errors";
}
