using System.ComponentModel.DataAnnotations;

namespace ComplaintGrid.Domain.Queues;

/// <summary>
/// The thresholds of a department's health colour (configuration section <c>ComplaintGrid:QueueHealth</c>).
/// Red when any red threshold is met; amber when any amber threshold is met; green otherwise.
/// </summary>
public sealed class QueueHealthOptions
{
    public const string SectionName = "ComplaintGrid:QueueHealth";

    /// <summary>Open breached complaints that turn the tile amber: any breach needs a look.</summary>
    [Range(1, 10_000)] public int AmberBreached { get; set; } = 1;

    /// <summary>Open breached complaints that turn it red.</summary>
    [Range(1, 10_000)] public int RedBreached { get; set; } = 5;

    /// <summary>Open at-risk complaints that turn it amber.</summary>
    [Range(1, 10_000)] public int AmberAtRisk { get; set; } = 3;

    /// <summary>First-response service level (last hour) below which it is amber.</summary>
    [Range(0.0, 1.0)] public double AmberServiceLevel { get; set; } = 0.95;

    /// <summary>First-response service level (last hour) below which it is red.</summary>
    [Range(0.0, 1.0)] public double RedServiceLevel { get; set; } = 0.80;

    /// <summary>Responses needed in the hour before the service level counts: two late out of three is noise, not a trend.</summary>
    [Range(1, 10_000)] public int MinimumServiceLevelSamples { get; set; } = 5;

    /// <summary>Age of the oldest unacknowledged complaint that turns it amber.</summary>
    public TimeSpan AmberUnacknowledgedAge { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Age of the oldest unacknowledged complaint that turns it red.</summary>
    public TimeSpan RedUnacknowledgedAge { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Open complaints per agent on shift that turn it amber.</summary>
    [Range(1.0, 10_000.0)] public double AmberLoadPerAgent { get; set; } = 10;

    /// <summary>Open complaints per agent on shift that turn it red.</summary>
    [Range(1.0, 10_000.0)] public double RedLoadPerAgent { get; set; } = 20;
}
