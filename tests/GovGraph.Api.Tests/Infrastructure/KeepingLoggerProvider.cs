using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace GovGraph.Api.Tests.Infrastructure;

/// <summary>Keeps a host's log lines (Information and above) for assertions on what it logged.</summary>
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
                logs.Enqueue((category, logLevel, formatter(state, exception)));
            }
        }
    }
}
