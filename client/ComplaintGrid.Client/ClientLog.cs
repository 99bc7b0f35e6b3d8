using ComplaintGrid.Logging;
using Microsoft.Extensions.Logging;

namespace ComplaintGrid.Client;

internal static partial class ClientLog
{
    [LoggerMessage(EventId = LogEventIds.Client + 1, Level = LogLevel.Warning, Message = "{Operation} failed on attempt {Attempt} of {MaxAttempts} ({Error}); retrying in {Delay}")]
    public static partial void Retrying(ILogger logger, string operation, int attempt, int maxAttempts, string error, TimeSpan delay);
}
