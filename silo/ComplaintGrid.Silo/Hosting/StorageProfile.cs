namespace ComplaintGrid.Silo.Hosting;

/// <summary>Where grain state and reminders live.</summary>
public enum StorageProfile
{
    /// <summary>One silo, one process, no server to install: state and reminders in a local SQLite file.</summary>
    Embedded,

    /// <summary>A cluster of silos on PostgreSQL: membership, state and reminders in one database.</summary>
    Postgres,

    /// <summary>In memory only, for tests and benchmarks: NOT durable, everything is lost when the process stops.</summary>
    Memory,
}
