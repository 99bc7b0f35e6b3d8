using System.ComponentModel.DataAnnotations;

namespace ComplaintGrid.Dashboard.Feed;

/// <summary>How the dashboard feed polls and paces frames (section <c>ComplaintGrid:Dashboard:Feed</c>).</summary>
public sealed class DashboardFeedOptions
{
    public const string SectionName = "ComplaintGrid:Dashboard:Feed";

    /// <summary>
    /// Time between frames, and between polls of the grains. At least 200 ms: a browser never gets more than
    /// five frames a second, whatever the event rate.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.200", "00:00:10", ErrorMessage = "ComplaintGrid:Dashboard:Feed:FrameInterval must be between 00:00:00.200 and 00:00:10.")]
    public TimeSpan FrameInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Time between the trend lines' points (on the domain clock).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "ComplaintGrid:Dashboard:Feed:TrendInterval must be between 00:00:01 and 01:00:00.")]
    public TimeSpan TrendInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How far back the trend lines reach.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00", ErrorMessage = "ComplaintGrid:Dashboard:Feed:TrendWindow must be between 00:01:00 and 1.00:00:00.")]
    public TimeSpan TrendWindow { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Escalations a browser is sent (newest first, after the department filter).</summary>
    [Range(1, 100, ErrorMessage = "ComplaintGrid:Dashboard:Feed:EscalationsShown must be between 1 and 100.")]
    public int EscalationsShown { get; set; } = 30;

    /// <summary>Customers the "most at risk" board shows.</summary>
    [Range(1, 25, ErrorMessage = "ComplaintGrid:Dashboard:Feed:AtRiskShown must be between 1 and 25.")]
    public int AtRiskShown { get; set; } = 10;

    /// <summary>Trend points kept per department.</summary>
    public int TrendPoints => (int)Math.Max(1, TrendWindow / TrendInterval);
}
