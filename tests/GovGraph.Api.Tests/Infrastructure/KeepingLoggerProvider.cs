using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace GovGraph.Api.Tests.Infrastructure;

/// <summary>
/// Keeps a host's log lines (Information and above) for assertions on what it logged, each followed by the messages of
/// its exception, if any, and of the exception's inner ones.
/// </summary>
public sealed class KeepingLoggerProvider(ConcurrentQueue<(string Category, LogLevel Level, string Message)> logs) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, logs);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<(string, LogLevel, string)> logs) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                var message = formatter(state, exception);
                for (var e = exception; e is not null; e = e.InnerException)
                {
                    message += "\n" + e.Message;
                }

                logs.Enqueue((category, logLevel, message));
            }
        }
    }
}
