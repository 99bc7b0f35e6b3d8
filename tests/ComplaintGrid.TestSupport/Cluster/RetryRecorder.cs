using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ComplaintGrid.TestSupport.Cluster;

/// <summary>Records when the client retried (its event 3001), to measure how long requests failed around a fault.</summary>
public sealed class RetryRecorder : ILoggerProvider
{
    private const int RetryEventId = 3001;

    private readonly ConcurrentQueue<DateTimeOffset> _retries = new();
    private readonly ConcurrentDictionary<string, int> _errors = new(StringComparer.Ordinal);

    public IReadOnlyCollection<DateTimeOffset> Retries => _retries;

    /// <summary>How many retried attempts failed with each error type.</summary>
    public IReadOnlyDictionary<string, int> Errors => _errors;

    /// <summary>From the first to the last retry, or zero when nothing failed.</summary>
    public TimeSpan FailureWindow => _retries.IsEmpty ? TimeSpan.Zero : _retries.Max() - _retries.Min();

    public ILogger CreateLogger(string categoryName) => new Recorder(this);

    public void Dispose()
    {
    }

    private sealed class Recorder(RetryRecorder owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (eventId.Id != RetryEventId)
                return;
            owner._retries.Enqueue(TimeProvider.System.GetUtcNow());
            var error = state is IReadOnlyList<KeyValuePair<string, object?>> values
                ? values.FirstOrDefault(v => v.Key == "Error").Value?.ToString() ?? "unknown"
                : "unknown";
            owner._errors.AddOrUpdate(error, 1, (_, n) => n + 1);
        }
    }
}
