using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ComplaintGrid.ClusterTls;
using Orleans.Configuration;

namespace ComplaintGrid.Client;

/// <summary>Adds the Orleans client and <see cref="ComplaintGridClient"/> to a host.</summary>
public static class ComplaintGridClientHostExtensions
{
    /// <summary>
    /// Connects to the cluster described by configuration section <c>ComplaintGrid:Client</c>
    /// (see <see cref="ComplaintGridClientOptions"/>), optionally adjusted by <paramref name="configure"/>, over mutual TLS
    /// when <c>ComplaintGrid:ClusterTls</c> names a certificate (<see cref="ClusterTlsOptions"/>).
    /// </summary>
    public static IHostApplicationBuilder AddComplaintGridClient(this IHostApplicationBuilder builder, Action<ComplaintGridClientOptions>? configure = null)
    {
        var options = builder.Configuration.GetSection(ComplaintGridClientOptions.SectionName).Get<ComplaintGridClientOptions>() ?? new();
        configure?.Invoke(options);
        if (options.Cluster == ClusterKind.Postgres && string.IsNullOrWhiteSpace(options.PostgresConnectionString))
            throw new InvalidOperationException($"{ComplaintGridClientOptions.SectionName}:PostgresConnectionString is required when Cluster is Postgres.");

        builder.Services.AddOptions<ComplaintGridClientOptions>()
            .BindConfiguration(ComplaintGridClientOptions.SectionName)
            .Configure(o => configure?.Invoke(o))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        var clusterTls = ClusterTlsCertificates.From(builder.Configuration);
        builder.UseOrleansClient(client =>
        {
            // Calls carry the caller's trace context into the silo, so an integration's own traces continue there.
            client.AddActivityPropagation();
            if (clusterTls is not null)
                client.UseClusterTls(clusterTls);
            if (options.Cluster == ClusterKind.Postgres)
            {
                client.UseAdoNetClustering(o =>
                {
                    o.Invariant = "Npgsql";
                    o.ConnectionString = options.PostgresConnectionString;
                });
            }
            else
            {
                client.UseLocalhostClustering(options.GatewayPort, options.ServiceId, options.ClusterId);
            }
            client.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = options.ClusterId;
                o.ServiceId = options.ServiceId;
            });
            client.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = options.ResponseTimeout);
            client.Configure<GatewayOptions>(o => o.GatewayListRefreshPeriod = options.GatewayListRefreshPeriod);
        });
        builder.Services.AddSingleton<ComplaintGridClient>();
        return builder;
    }
}
