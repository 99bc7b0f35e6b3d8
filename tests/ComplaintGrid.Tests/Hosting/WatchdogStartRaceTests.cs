using ComplaintGrid.Silo.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ComplaintGrid.Tests.Hosting;

public sealed class WatchdogStartRaceTests
{
    // The watchdog's own message, as Orleans 10.4.2 logs it.
    private static readonly Action<ILogger, TimeSpan, Exception?> ParticipantCheckStalled = LoggerMessage.Define<TimeSpan>(
        LogLevel.Warning, new EventId(100000 + 324, "SiloHeartbeatTimerStalled"),
        "Participant check thread has not completed for {TimeSinceLastTick}, potentially indicating lock contention or deadlock, CPU starvation, or another execution anomaly.");

    private static readonly Action<ILogger, TimeSpan, Exception?> RuntimeStalled = LoggerMessage.Define<TimeSpan>(
        LogLevel.Warning, new EventId(100000 + 324, "SiloHeartbeatTimerStalled"),
        ".NET Runtime Platform stalled for {TimeSinceLastTick}.");

    [Fact]
    public void TheWatchdogsLogger_DropsAStallLongerThanItHasExisted_AndKeepsEveryOtherWarning()
    {
        var written = new List<string>();
        var collection = new ServiceCollection().AddLogging(logging => logging.AddProvider(new ListLoggerProvider(written)));
        WatchdogStartRace.Register(collection);
        using var services = collection.BuildServiceProvider();
        var watchdog = typeof(Orleans.Runtime.Silo).Assembly.GetType("Orleans.Runtime.Watchdog");
        Assert.NotNull(watchdog);
        var logger = (ILogger)services.GetRequiredService(typeof(ILogger<>).MakeGenericType(watchdog));

        ParticipantCheckStalled(logger, TimeSpan.FromDays(3), null);
        ParticipantCheckStalled(logger, TimeSpan.Zero, null);
        RuntimeStalled(logger, TimeSpan.FromDays(3), null);

        Assert.Equal(2, written.Count);
        Assert.StartsWith("Orleans.Runtime.Watchdog: Participant check thread has not completed for 00:00:00,", written[0], StringComparison.Ordinal);
        Assert.StartsWith("Orleans.Runtime.Watchdog: .NET Runtime Platform stalled for 3.00:00:00", written[1], StringComparison.Ordinal);
    }

    private sealed class ListLoggerProvider(List<string> written) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new ListLogger(categoryName, written);

        public void Dispose()
        {
        }
    }

    private sealed class ListLogger(string category, List<string> written) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            written.Add($"{category}: {formatter(state, exception)}");
    }
}
