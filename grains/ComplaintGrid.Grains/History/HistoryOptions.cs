namespace ComplaintGrid.History;

/// <summary>Whether a durable profile's silo keeps the history read model (configuration section <c>ComplaintGrid:History</c>).</summary>
public sealed class HistoryOptions
{
    public const string SectionName = "ComplaintGrid:History";

    /// <summary>
    /// True (the default): complaints deliver every event to the history, and search reads it. False: complaints on
    /// this silo queue nothing for it and search answers unavailable, as on the in-memory profile; the benchmarks
    /// measure the projection's cost this way. Set it alike on every silo of a cluster.
    /// </summary>
    public bool Enabled { get; set; } = true;
}
