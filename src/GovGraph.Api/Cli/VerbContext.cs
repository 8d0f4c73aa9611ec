using GovGraph.Storage;
using Microsoft.Extensions.Hosting;

namespace GovGraph.Api.Cli;

/// <summary>What a verb's action needs: where it writes, and the API host built from the command line's settings.</summary>
public sealed class VerbContext(ApiHost api, IReadOnlyList<string> settings, CliConsole console)
{
    public CliConsole Console => console;

    /// <summary>
    /// Builds the host (not started: nothing listens and the store is not seeded), runs <paramref name="run"/> with
    /// Ctrl+C as its cancellation, and turns the failures a user can act on (bad settings, an unusable store file)
    /// into a line or two instead of a stack trace.
    /// </summary>
    public async Task<int> WithHostAsync(string verb, Func<WebApplication, CancellationToken, Task<int>> run)
    {
        using var cancel = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        System.Console.CancelKeyPress += onCancel;
        WebApplication? app = null;
        try
        {
            app = api.Build([.. settings]);
            return await run(app, cancel.Token);
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            await console.Error.WriteLineAsync(verb == "export" ? "export: cancelled; no file was written." : $"{verb}: cancelled; the store is unchanged.");
            return CommandLine.Cancelled;
        }
        catch (Exception e) when (e is not HostAbortedException && StartupFailure.Describe(e, verb, app?.Configuration) is { } lines)
        {
            foreach (var line in lines)
            {
                await console.Error.WriteLineAsync(line);
            }

            return 1;
        }
        finally
        {
            System.Console.CancelKeyPress -= onCancel;
            if (app is not null)
            {
                await app.DisposeAsync();
            }
        }
    }

    /// <summary>Runs a verb over the configured store.</summary>
    public Task<int> WithStoreAsync(string verb, Func<IGraphStore, CancellationToken, Task<int>> run) =>
        WithHostAsync(verb, (app, ct) => run(app.Services.GetRequiredService<IGraphStore>(), ct));

    /// <summary>Builds and serves the API until it stops; a failed start is a line or two and exit code 1.</summary>
    public async Task<int> ServeAsync()
    {
        WebApplication app;
        try
        {
            app = api.Build([.. settings]);
        }
        catch (Exception e) when (e is not HostAbortedException)
        {
            await StartupFailure.WriteAsync(e, "GovGraph cannot start", null, console.Error);
            return 1;
        }

        // Read before serving: a failed start disposes the host and its services.
        var started = app.Lifetime.ApplicationStarted;
        var configuration = StartupFailure.Snapshot(app.Configuration);
        try
        {
            await api.Serve(app);
            return 0;
        }
        catch (OperationCanceledException) when (!started.IsCancellationRequested)
        {
            // Ctrl+C while the store was still being seeded.
            await console.Error.WriteLineAsync("GovGraph: stopped before it started serving.");
            return CommandLine.Cancelled;
        }
        catch (Exception e) when (!started.IsCancellationRequested)
        {
            await StartupFailure.WriteAsync(e, "GovGraph cannot start", configuration, console.Error);
            return 1;
        }
    }
}
