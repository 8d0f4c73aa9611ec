using System.CommandLine;
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
    public static Command Define(VerbContext context)
    {
        var file = new Argument<string>("FILE") { Description = "The APOC JSON-lines file, relative to the folder you run the command from." };
        var replace = new Option<bool>("--replace") { Description = "Replace the stored graph with the file's instead of adding to it." };
        var command = new Command("import", "Reads an APOC JSON-lines file (as apoc.export.json.all writes) into the store, all or nothing.") { file, replace };
        command.SetAction((parsed, _) => context.WithStoreAsync("import", (store, ct) =>
            RunAsync(store, parsed.GetRequiredValue(file), parsed.GetValue(replace), context.Console, ct)));
        return command;
    }

    public static async Task<int> RunAsync(IGraphStore store, string file, bool replace, CliConsole console, CancellationToken ct)
    {
        var path = CommandLine.ResolvePath(file);
        if (!File.Exists(path))
        {
            await console.Error.WriteLineAsync($"Cannot import {path}: there is no such file.");
            return 1;
        }

        await store.InitializeAsync(ct);
        var clock = Stopwatch.StartNew();
        var options = new ImportOptions { Replace = replace };
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
            if (result.AlreadyStored > 0)
            {
                // Typically the store's own export read back: the ids clash by design, and a replace is what was meant.
                await console.Error.WriteLineAsync(
                    $"{result.AlreadyStored:N0} of its node ids are already in the store. To replace the stored graph with the file's, run import {file} --replace.");
            }

            return 1;
        }

        await console.Out.WriteLineAsync(
            $"Imported {result.NodeCount:N0} nodes and {result.RelationshipCount:N0} relationships from {path} in {CommandLine.Seconds(clock.Elapsed)}"
            + (options.Replace ? " (the previous graph was replaced)" : string.Empty));
        return 0;
    }

    private static string Errors(int count) => count == 1 ? "1 error" : $"{count:N0} errors";
}
