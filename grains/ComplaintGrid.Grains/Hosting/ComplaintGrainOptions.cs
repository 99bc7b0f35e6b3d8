using System.ComponentModel.DataAnnotations;

namespace ComplaintGrid.Hosting;

/// <summary>How complaint grains deliver events and keep their escalation reminder (section <c>ComplaintGrid:Grains</c>).</summary>
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

    /// <summary>How often undelivered events are retried to the customer and department views.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00", ErrorMessage = "ComplaintGrid:Grains:DeliveryRetryPeriod must be between 00:00:00.100 and 00:10:00.")]
    public TimeSpan DeliveryRetryPeriod { get; set; } = TimeSpan.FromSeconds(2);
}
