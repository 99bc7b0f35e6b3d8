using System.ComponentModel.DataAnnotations;

namespace ComplaintGrid.Hosting;

/// <summary>How complaint grains deliver events and keep their escalation reminder (section <c>ComplaintGrid:Grains</c>).</summary>
public sealed class ComplaintGrainOptions
{
    public const string SectionName = "ComplaintGrid:Grains";

    /// <summary>
    /// How often an escalation reminder repeats if its handler did not re-aim it (a failed tick). Orleans' minimum
    /// reminder period is one minute.
    /// </summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00", ErrorMessage = "ComplaintGrid:Grains:ReminderRetryPeriod must be between 00:01:00 and 1.00:00:00.")]
    public TimeSpan ReminderRetryPeriod { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How often undelivered events are retried to the customer and department views.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00", ErrorMessage = "ComplaintGrid:Grains:DeliveryRetryPeriod must be between 00:00:00.100 and 00:10:00.")]
    public TimeSpan DeliveryRetryPeriod { get; set; } = TimeSpan.FromSeconds(2);
}
