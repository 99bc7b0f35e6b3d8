using System.ComponentModel.DataAnnotations;

namespace ComplaintGrid.Silo.Hosting;

/// <summary>How the silo joins its cluster (configuration section <c>ComplaintGrid:Silo</c>).</summary>
public sealed class SiloHostOptions
{
    public const string SectionName = "ComplaintGrid:Silo";

    /// <summary>Storage profile; <c>Embedded</c> by default.</summary>
    public StorageProfile Profile { get; set; } = StorageProfile.Embedded;

    /// <summary>Port silos talk to each other on (Orleans' default).</summary>
    [Range(1, 65535, ErrorMessage = "ComplaintGrid:Silo:SiloPort must be a port number from 1 to 65535.")]
    public int SiloPort { get; set; } = 11111;

    /// <summary>Port Orleans clients (integrations, the CLI) connect to (Orleans' default).</summary>
    [Range(1, 65535, ErrorMessage = "ComplaintGrid:Silo:GatewayPort must be a port number from 1 to 65535.")]
    public int GatewayPort { get; set; } = 30000;

    /// <summary>Names this deployment; silos and clients with the same cluster id form one cluster.</summary>
    [Required(ErrorMessage = "ComplaintGrid:Silo:ClusterId is required."), RegularExpression("^[A-Za-z0-9._-]{1,64}$", ErrorMessage = "ComplaintGrid:Silo:ClusterId may contain only letters, digits and . _ - (at most 64).")]
    public string ClusterId { get; set; } = "complaintgrid";

    /// <summary>
    /// The address this silo tells the cluster to reach it on. Unset: the machine's address. Set 127.0.0.1 to run
    /// several silos on one machine.
    /// </summary>
    public string? AdvertisedAddress { get; set; }

    /// <summary>Names the application; stored state is keyed by it, so keep it stable across deployments.</summary>
    [Required(ErrorMessage = "ComplaintGrid:Silo:ServiceId is required."), RegularExpression("^[A-Za-z0-9._-]{1,64}$", ErrorMessage = "ComplaintGrid:Silo:ServiceId may contain only letters, digits and . _ - (at most 64).")]
    public string ServiceId { get; set; } = "complaintgrid";

    /// <summary>
    /// Serve Orleans' own dashboard at <c>/orleans/</c> to users with the <c>operator</c> role. It profiles every
    /// grain call (a call filter, not yet measured); turn it off where throughput matters more than the view.
    /// </summary>
    public bool OrleansDashboard { get; set; } = true;
}
