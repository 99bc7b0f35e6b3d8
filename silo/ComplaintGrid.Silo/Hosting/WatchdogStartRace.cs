using System.Diagnostics;

namespace ComplaintGrid.Silo.Hosting;

/// <summary>
/// Keeps one false warning of Orleans' watchdog out of the log. Orleans 10.4.2's watchdog starts its platform thread
/// before it stamps the time of the last component check, so a first check that wins that race measures from the
/// clock's zero and reports the participant check "stalled" for as long as the machine has been up: a warning on many
/// starts that teaches operators to ignore warnings. Only that one is dropped: a stall longer than the watchdog has
/// existed cannot be real. Every other watchdog message, real stalls included, is logged as before.
/// </summary>
internal static class WatchdogStartRace
{
    private const string ParticipantCheckStalled = "Participant check thread has not completed for";

    /// <summary>
    /// Gives Orleans' watchdog a logger that drops the impossible stall. Does nothing when the watchdog is not found
    /// (a later Orleans that renamed it, or fixed it): the warning, if any, then shows as it is.
    /// </summary>
    public static void Register(IServiceCollection services)
    {
        var watchdog = typeof(Orleans.Runtime.Silo).Assembly.GetType("Orleans.Runtime.Watchdog");
        if (watchdog is null)
            return;
        var loggerType = typeof(ILogger<>).MakeGenericType(watchdog);
        var filteredType = typeof(FilteredLogger<>).MakeGenericType(watchdog);
        services.AddSingleton(loggerType, provider => ActivatorUtilities.CreateInstance(provider, filteredType));
    }

    /// <summary>True for the participant-check stall warning with a stall longer than <paramref name="lifetime"/>.</summary>
    internal static bool IsImpossibleStall<TState>(LogLevel level, TState state, TimeSpan lifetime) =>
        level == LogLevel.Warning
        && state is IReadOnlyList<KeyValuePair<string, object?>> values
        && values.Any(v => v.Key == "{OriginalFormat}" && v.Value is string format
            && format.StartsWith(ParticipantCheckStalled, StringComparison.Ordinal))
        && values.Any(v => v.Key == "TimeSinceLastTick" && v.Value is TimeSpan stall && stall > lifetime);

    /// <summary>The watchdog's logger, created with it, so its age bounds any stall it can truly measure.</summary>
    internal sealed class FilteredLogger<T>(ILoggerFactory factory) : ILogger<T>
    {
        private readonly ILogger _inner = factory.CreateLogger<T>();
        private readonly Stopwatch _age = Stopwatch.StartNew();

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => _inner.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => _inner.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsImpossibleStall(logLevel, state, _age.Elapsed))
                _inner.Log(logLevel, eventId, state, exception, formatter);
        }
    }
}
