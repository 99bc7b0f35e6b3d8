using System.ComponentModel.DataAnnotations;
using ComplaintGrid.Api.Operations;
using ComplaintGrid.Tracing;
using Microsoft.Extensions.Options;
using OpenTelemetry.Exporter;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Orleans.Diagnostics;

namespace ComplaintGrid.Silo.Tracing;

/// <summary>
/// OpenTelemetry tracing for the silo process: its HTTP requests (API, dashboard), the grain calls they cause, the
/// webhook deliveries those queue, and outgoing HTTP, exported over OTLP. Only when <see cref="TracingOptions"/>
/// names an endpoint; otherwise nothing listens and Orleans, ASP.NET Core and the grains start no spans.
/// </summary>
public static class TracingSetup
{
    /// <summary>The OTLP/HTTP path for traces under the collector's base address.</summary>
    public const string OtlpHttpTracesPath = "v1/traces";

    /// <summary>Reads and validates <c>ComplaintGrid:Tracing</c>: a bad value stops start-up naming the key.</summary>
    public static TracingOptions Read(IConfiguration configuration)
    {
        var options = configuration.GetSection(TracingOptions.SectionName).Get<TracingOptions>() ?? new TracingOptions();
        var failures = new List<string>();
        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true))
            failures.AddRange(results.Select(r => r.ErrorMessage ?? "invalid"));
        if (!Enum.IsDefined(options.OtlpProtocol))
            failures.Add($"{TracingOptions.SectionName}:OtlpProtocol must be one of {string.Join(", ", Enum.GetNames<OtlpExportProtocol>())}.");
        if (options.Enabled && !IsHttpUrl(options.OtlpEndpoint!))
            failures.Add($"{TracingOptions.SectionName}:OtlpEndpoint must be an absolute http or https URL (got '{options.OtlpEndpoint}').");
        if (failures.Count > 0)
            throw new OptionsValidationException(TracingOptions.SectionName, typeof(TracingOptions), failures);
        return options;
    }

    /// <summary>Adds tracing to the host when configured; returns the options read, for the start-up log.</summary>
    public static TracingOptions AddComplaintGridTracing(this WebApplicationBuilder builder)
    {
        var options = Read(builder.Configuration);
        if (!options.Enabled)
            return options;
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(options.ServiceName))
            .WithTracing(tracing => tracing
                .SetSampler(new ParentBasedSampler(new TraceIdRatioBasedSampler(options.SamplingRatio)))
                .AddSource(
                    ComplaintGridTracing.ActivitySourceName,
                    ActivitySources.ApplicationGrainActivitySourceName,
                    ActivitySources.RuntimeActivitySourceName)
                // Probes and scrapes arrive every few seconds and would bury the requests worth reading.
                .AddAspNetCoreInstrumentation(o => o.Filter = http => !IsProbeOrScrape(http.Request.Path))
                .AddHttpClientInstrumentation()
                .AddProcessor(new BackgroundWorkFilter())
                .AddProcessor(new SpanScrubber())
                .AddOtlpExporter(o =>
                {
                    o.Protocol = options.OtlpProtocol;
                    o.Endpoint = ExportEndpoint(options);
                }));
        return options;
    }

    /// <summary>Where spans are sent: the base address as given for gRPC, with the traces path appended for HTTP.</summary>
    public static Uri ExportEndpoint(TracingOptions options)
    {
        var endpoint = new Uri(options.OtlpEndpoint!, UriKind.Absolute);
        if (options.OtlpProtocol != OtlpExportProtocol.HttpProtobuf)
            return endpoint;
        var path = endpoint.AbsolutePath.TrimEnd('/');
        return new UriBuilder(endpoint) { Path = $"{path}/{OtlpHttpTracesPath}" }.Uri;
    }

    private static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    private static bool IsProbeOrScrape(PathString path) =>
        path.StartsWithSegments(HealthExtensions.LivePath, StringComparison.OrdinalIgnoreCase) ||
        path.StartsWithSegments(HealthExtensions.ReadyPath, StringComparison.OrdinalIgnoreCase) ||
        path.StartsWithSegments(MetricsExtensions.Path, StringComparison.OrdinalIgnoreCase);
}
