using Microsoft.Extensions.Logging.Console;

namespace GovGraph.Api.Cli;

public static class StartupLogExtensions
{
    // The generic host's own category: it logs a failed start with the whole exception.
    private const string HostCategory = "Microsoft.Extensions.Hosting.Internal.Host";

    /// <summary>
    /// Keeps the host's "failed to start" error (with its stack trace) off the console until the API has started:
    /// the command line reports a failed start itself, in a line or two. Other log providers still get it, and
    /// once started the host's errors (a failed background service) reach the console as before.
    /// </summary>
    public static IHostApplicationBuilder AddQuietStartupFailures(this IHostApplicationBuilder builder)
    {
        var gate = new StartedGate();
        // NOTE: a filter rule replaces the configured level for what it matches, so it keeps the host's category at
        // Information and up, as the default Logging:LogLevel does.
        builder.Logging.AddFilter<ConsoleLoggerProvider>(HostCategory, level =>
            level >= LogLevel.Information && (gate.IsOpen || level < LogLevel.Error));
        builder.Services.AddHostedService(sp => new StartedGateOpener(gate, sp.GetRequiredService<IHostApplicationLifetime>()));
        return builder;
    }

    private sealed class StartedGate
    {
        private volatile bool _open;

        public bool IsOpen => _open;

        public void Open() => _open = true;
    }

    private sealed class StartedGateOpener(StartedGate gate, IHostApplicationLifetime lifetime) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            lifetime.ApplicationStarted.Register(gate.Open);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
