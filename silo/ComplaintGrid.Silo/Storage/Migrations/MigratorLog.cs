using ComplaintGrid.Logging;

namespace ComplaintGrid.Silo.Storage.Migrations;

internal static partial class MigratorLog
{
    [LoggerMessage(EventId = LogEventIds.Migrations + 1, Level = LogLevel.Information,
        Message = "Applied schema migration {MigrationId} to the {Database} database at {Location} in {ElapsedMilliseconds} ms")]
    public static partial void Applied(ILogger logger, string migrationId, string database, string location, long elapsedMilliseconds);

    [LoggerMessage(EventId = LogEventIds.Migrations + 2, Level = LogLevel.Information,
        Message = "Schema migration {MigrationId} was applied by another process while this one waited; skipped")]
    public static partial void AppliedElsewhere(ILogger logger, string migrationId);

    [LoggerMessage(EventId = LogEventIds.Migrations + 3, Level = LogLevel.Information,
        Message = "The {Database} database at {Location} is up to date: {Count} schema migrations applied")]
    public static partial void UpToDate(ILogger logger, string database, string location, int count);

    [LoggerMessage(EventId = LogEventIds.Migrations + 4, Level = LogLevel.Warning,
        Message = "Schema migrations {MigrationIds} were edited after they were applied to the {Database} database at {Location}; the database keeps the applied version")]
    public static partial void ChangedAfterApply(ILogger logger, string migrationIds, string database, string location);
}
