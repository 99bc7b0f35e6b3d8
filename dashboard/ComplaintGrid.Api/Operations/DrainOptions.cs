using System.ComponentModel.DataAnnotations;

namespace ComplaintGrid.Api.Operations;

/// <summary>How a host leaves the load balancer's rotation when it is told to stop (section <c>ComplaintGrid:Drain</c>).</summary>
public sealed class DrainOptions
{
    public const string SectionName = "ComplaintGrid:Drain";

    /// <summary>
    /// How long the host keeps serving with readiness false before it stops taking requests. Set it to at least
    /// the balancer's probe interval times its failure threshold, so the balancer has stopped sending work when
    /// the port closes.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00", ErrorMessage = "ComplaintGrid:Drain:Delay must be between 00:00:00 and 00:01:00.")]
    public TimeSpan Delay { get; set; } = TimeSpan.FromSeconds(5);
}
