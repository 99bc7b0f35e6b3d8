using ComplaintGrid.Logging;
using Microsoft.Extensions.Logging;

namespace ComplaintGrid.Api.Operations;

/// <summary>Operations log messages (drain, health).</summary>
internal static partial class OperationsLog
{
    [LoggerMessage(EventId = LogEventIds.Operations + 1, Level = LogLevel.Information,
        Message = "Stopping: readiness now answers 503; serving for {DelaySeconds} s more so load balancers drain this host (ComplaintGrid:Drain:Delay)")]
    public static partial void Draining(ILogger logger, double delaySeconds);
}
