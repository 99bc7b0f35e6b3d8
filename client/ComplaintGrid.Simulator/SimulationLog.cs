using ComplaintGrid.Logging;
using Microsoft.Extensions.Logging;

namespace ComplaintGrid.Simulator;

/// <summary>Simulator log messages (counts only).</summary>
internal static partial class SimulationLog
{
    [LoggerMessage(EventId = LogEventIds.Simulator + 1, Level = LogLevel.Warning, Message = "Simulating a call centre: {PerMinute} complaints a minute, {Agents} agent(s) in each of {Departments} department(s), time scale {TimeScale}")]
    public static partial void Started(ILogger logger, double perMinute, int agents, int departments, double timeScale);

    [LoggerMessage(EventId = LogEventIds.Simulator + 2, Level = LogLevel.Information, Message = "Simulator: {Filed} filed, {Steps} agent steps, {Refused} refused, {Failed} failed so far")]
    public static partial void Progress(ILogger logger, long filed, long steps, long refused, long failed);

    [LoggerMessage(EventId = LogEventIds.Simulator + 3, Level = LogLevel.Warning, Message = "Simulator: a call into the cluster failed")]
    public static partial void CallFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = LogEventIds.Simulator + 4, Level = LogLevel.Warning, Message = "Simulator ran {Simulated} of simulated time: {Filed} filed, {Steps} agent steps, {Planted} planted bad-faith complaints\n{Table}")]
    public static partial void Summary(ILogger logger, string simulated, long filed, long steps, int planted, string table);
}
