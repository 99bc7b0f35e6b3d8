using System.ComponentModel.DataAnnotations;

namespace ComplaintGrid.Hosting;

/// <summary>How complaint grains deliver events, keep their escalation reminder, and how views store what they derive (section <c>ComplaintGrid:Grains</c>).</summary>
public sealed class ComplaintGrainOptions
{
    public const string SectionName = "ComplaintGrid:Grains";

    /// <summary>
    /// The escalation reminder's period. A healthy tick re-aims the reminder at the next escalation point, so
    /// the period only matters when a tick is missed: after a silo is lost or restarted, Orleans fires an overdue
    /// reminder at its next period boundary, so this bounds how late such a deadline fires.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "ComplaintGrid:Grains:ReminderRetryPeriod must be between 00:00:01 and 01:00:00.")]
    public TimeSpan ReminderRetryPeriod { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often events not yet delivered, or delivered but not yet stored by their view, are redelivered.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00", ErrorMessage = "ComplaintGrid:Grains:DeliveryRetryPeriod must be between 00:00:00.100 and 00:10:00.")]
    public TimeSpan DeliveryRetryPeriod { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How often customer and department views store their state. Views apply events in memory and acknowledge
    /// them to the complaint only once stored (a customer view stores only a complaint's filing), so this
    /// bounds how long a complaint keeps delivered events in its outbox; it keeps view writes to a few per second per
    /// view, where one per event would double the storage load.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:01:00", ErrorMessage = "ComplaintGrid:Grains:ViewCheckpointPeriod must be between 00:00:00.050 and 00:01:00.")]
    public TimeSpan ViewCheckpointPeriod { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// For this long after this silo learns that another silo was declared dead without leaving, a complaint activated
    /// here writes its state once before it first answers a read: the dead silo may only have been frozen, and a copy
    /// it still holds could store one more step on waking (see <c>StaleCopyFence</c>). Commands write anyway, so it costs
    /// only reads (and deadline checks) of complaints activated in that time. Zero turns it off.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00", ErrorMessage = "ComplaintGrid:Grains:FenceAfterSiloLoss must be between 00:00:00 and 1.00:00:00.")]
    public TimeSpan FenceAfterSiloLoss { get; set; } = TimeSpan.FromMinutes(5);
}
