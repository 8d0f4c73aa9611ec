using System.Diagnostics;
using GovGraph.Storage;
using GovGraph.Storage.Interchange;

namespace GovGraph.Api.Cli;

/// <summary>
/// <c>export FILE</c>: writes the whole stored graph as APOC JSON lines (MODEL.md). The file appears only when
/// complete: it is written beside the target and renamed at the end.
/// </summary>
public static class ExportCommand
{
    public const string Usage = "usage: export FILE";

    public static async Task<int> RunAsync(IGraphStore store, IReadOnlyList<string> args, CliConsole console, CancellationToken ct)
    {
        var arguments = VerbArguments.Parse(args.Skip(1), [], [], out var error);
        if (arguments is null || arguments.Positionals.Count != 1)
        {
            await console.Error.WriteLineAsync($"{error ?? "export needs one file."} {Usage}");
            return CommandLine.UsageError;
        }

        var path = CommandLine.ResolvePath(arguments.Positionals[0]);
        var partial = path + ".partial";
        await store.InitializeAsync(ct);
        var clock = Stopwatch.StartNew();
        ExportSummary summary;
        using (var progress = new ConsoleProgress(console.Error, console.ShowProgress))
        {
            try
            {
                await using (var output = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
                {
                    summary = await ApocJsonWriter.WriteAsync(store, output, progress, ct);
                }

                File.Move(partial, path, overwrite: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                progress.Clear();
                TryDelete(partial);
                await console.Error.WriteLineAsync($"Cannot write {path}: {e.Message}");
                return 1;
            }
            catch (OperationCanceledException)
            {
                TryDelete(partial);
                throw;
            }
        }

        await console.Out.WriteLineAsync(
            $"Exported {summary.Nodes:N0} nodes and {summary.Relationships:N0} relationships to {path} in {CommandLine.Seconds(clock.Elapsed)}");
        return 0;
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // NOTE: a leftover .partial file is harmless; the export itself has already failed.
        }
    }
}
