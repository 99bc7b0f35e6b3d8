using Microsoft.Extensions.Logging;

namespace ComplaintGrid.IntegrationTests.Dashboard;

/// <summary>The simulator's logger: counts its "a call into the cluster failed" warnings (event 3003), which it logs for the first failure and every hundredth.</summary>
internal sealed class FailedCallLog : ILogger
{
    private const int CallFailedEventId = 3003;

    private int _logged;

    public int Logged => Volatile.Read(ref _logged);

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (eventId.Id == CallFailedEventId)
            Interlocked.Increment(ref _logged);
    }
}
