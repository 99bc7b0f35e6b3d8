namespace ComplaintGrid.Silo.Hosting;

/// <summary>Where grain state and reminders live.</summary>
public enum StorageProfile
{
    /// <summary>One silo, one process, no server to install. In this release: in memory, not durable.</summary>
    Embedded,
}
