using ComplaintGrid.Logging;

namespace ComplaintGrid.Silo.Storage;

internal static partial class StorageLog
{
    [LoggerMessage(EventId = LogEventIds.Storage + 1, Level = LogLevel.Warning,
        Message = "Grain storage {StorageName} failed to {Operation} a {GrainType}; the caller is told to retry")]
    public static partial void StorageFailed(ILogger logger, Exception exception, string operation, string grainType, string storageName);
}
