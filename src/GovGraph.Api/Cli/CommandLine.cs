using System.Globalization;
using GovGraph.Api.Security.ApiKeys;
using GovGraph.Storage;
using Microsoft.Extensions.Options;

namespace GovGraph.Api.Cli;

/// <summary>The command-line verbs (<c>dotnet run --project src/GovGraph.Api -- VERB ...</c>); no verb serves the API.</summary>
public static class CommandLine
{
    /// <summary>The exit code of a verb called with arguments it does not understand.</summary>
    public const int UsageError = 2;

    /// <summary>The exit code of a verb stopped by Ctrl+C.</summary>
    public const int Cancelled = 130;

    /// <summary>Runs the verb in <paramref name="args"/>, if any; returns its exit code, or null to serve.</summary>
    public static async Task<int?> TryRunAsync(WebApplication app, string[] args, CliConsole? console = null) => args switch
    {
        ["schema", ..] => await SchemaCommand.RunAsync(app.Services, args),
        ["persisted", ..] => await PersistedCommand.RunAsync(args, console ?? CliConsole.System),
        ["import", ..] => await RunStoreVerbAsync(app, console ?? CliConsole.System, "import", (store, c, ct) => ImportCommand.RunAsync(store, args, c, ct)),
        ["export", ..] => await RunStoreVerbAsync(app, console ?? CliConsole.System, "export", (store, c, ct) => ExportCommand.RunAsync(store, args, c, ct)),
        ["apikey", ..] => await RunStoreVerbAsync(app, console ?? CliConsole.System, "apikey",
            (store, c, ct) => ApiKeyCommand.RunAsync(app.Services.GetRequiredService<ApiKeyService>(), store, args, c, ct)),
        ["seed", ..] => await RunStoreVerbAsync(app, console ?? CliConsole.System, "seed", (store, c, ct) =>
            SeedCommand.RunAsync(store, args, c, ct, app.Services.GetRequiredService<TimeProvider>().GetUtcNow())),
        _ => null,
    };

    /// <summary>
    /// Resolves a path given on the command line against the caller's shell folder: <c>dotnet run</c> starts the
    /// program in the project folder, but users type paths relative to where they are.
    /// </summary>
    public static string ResolvePath(string path) =>
        Path.IsPathRooted(path)
            ? path
            : Path.GetFullPath(path, Environment.GetEnvironmentVariable("PWD") is { Length: > 0 } pwd ? pwd : Environment.CurrentDirectory);

    /// <summary>A duration for summaries: "3.4 s".</summary>
    public static string Seconds(TimeSpan elapsed) => elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s";

    /// <summary>
    /// Runs a verb that uses the store with Ctrl+C as its cancellation, and turns the failures a user can act on
    /// (bad settings, an unusable store file) into one line instead of a stack trace.
    /// </summary>
    private static async Task<int> RunStoreVerbAsync(
        WebApplication app, CliConsole console, string verb, Func<IGraphStore, CliConsole, CancellationToken, Task<int>> run)
    {
        using var cancel = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            return await run(app.Services.GetRequiredService<IGraphStore>(), console, cancel.Token);
        }
        catch (OptionsValidationException e)
        {
            await console.Error.WriteLineAsync($"{verb}: invalid settings: {string.Join(" ", e.Failures)}");
            return 1;
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            await console.Error.WriteLineAsync(verb == "export" ? "export: cancelled; no file was written." : $"{verb}: cancelled; the store is unchanged.");
            return Cancelled;
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or IOException or UnauthorizedAccessException)
        {
            await console.Error.WriteLineAsync($"{verb}: the store cannot be used: {e.Message}");
            return 1;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }
}
