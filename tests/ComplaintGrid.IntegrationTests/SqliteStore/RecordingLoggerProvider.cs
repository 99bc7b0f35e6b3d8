using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ComplaintGrid.IntegrationTests.SqliteStore;

/// <summary>Keeps every log entry a host writes, so tests can assert what Orleans warned about.</summary>
public sealed class RecordingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    public IReadOnlyCollection<LogEntry> Entries => _entries;

    public ILogger CreateLogger(string categoryName) => new Recorder(categoryName, _entries);

    public void Dispose()
    {
    }

    /// <summary>One recorded log entry.</summary>
    public sealed record LogEntry(LogLevel Level, string Category, EventId EventId, string Message, Exception? Exception);

    private sealed class Recorder(string category, ConcurrentQueue<LogEntry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            entries.Enqueue(new LogEntry(logLevel, category, eventId, formatter(state, exception), exception));
    }
}
