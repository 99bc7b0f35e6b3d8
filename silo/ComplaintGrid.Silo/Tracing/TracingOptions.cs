using System.ComponentModel.DataAnnotations;
using OpenTelemetry.Exporter;

namespace ComplaintGrid.Silo.Tracing;

/// <summary>
/// Where the silo sends its traces (configuration section <c>ComplaintGrid:Tracing</c>). Off until
/// <see cref="OtlpEndpoint"/> is set: a default run records and exports nothing.
/// </summary>
public sealed class TracingOptions
{
    public const string SectionName = "ComplaintGrid:Tracing";

    /// <summary>
    /// The OpenTelemetry collector's base address, e.g. <c>http://localhost:4318</c> for OTLP over HTTP or
    /// <c>http://localhost:4317</c> for gRPC. Over HTTP the exporter posts to <c>/v1/traces</c> under it. Unset: tracing is off.
    /// </summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary><c>HttpProtobuf</c> (default, port 4318 by convention) or <c>Grpc</c> (port 4317).</summary>
    public OtlpExportProtocol OtlpProtocol { get; set; } = OtlpExportProtocol.HttpProtobuf;

    /// <summary>The <c>service.name</c> spans are reported under; give each kind of process its own.</summary>
    [Required(ErrorMessage = "ComplaintGrid:Tracing:ServiceName is required."), RegularExpression("^[A-Za-z0-9._-]{1,64}$", ErrorMessage = "ComplaintGrid:Tracing:ServiceName may contain only letters, digits and . _ - (at most 64).")]
    public string ServiceName { get; set; } = "complaintgrid-silo";

    /// <summary>
    /// The share of new traces recorded, from 0 to 1. A trace continued from a caller (an integration sending
    /// <c>traceparent</c>) follows the caller's decision instead.
    /// </summary>
    [Range(0.0, 1.0, ErrorMessage = "ComplaintGrid:Tracing:SamplingRatio must be from 0 to 1.")]
    public double SamplingRatio { get; set; } = 1.0;

    /// <summary>True when an endpoint is configured.</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(OtlpEndpoint);
}
