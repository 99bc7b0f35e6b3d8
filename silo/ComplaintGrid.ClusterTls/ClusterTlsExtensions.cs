using Orleans.Connections.Security;

namespace ComplaintGrid.ClusterTls;

/// <summary>Puts mutual TLS on a silo's links and gateway, or on a client's connections to the gateway.</summary>
public static class ClusterTlsExtensions
{
    /// <summary>Every silo-to-silo link and every gateway connection: both ends present a certificate from the cluster's authority.</summary>
    public static ISiloBuilder UseClusterTls(this ISiloBuilder silo, ClusterTlsCertificates certificates) =>
        silo.UseTls(options => Configure(options, certificates));

    /// <summary>The client's connections to the gateway, presenting its certificate and checking the silo's.</summary>
    public static IClientBuilder UseClusterTls(this IClientBuilder client, ClusterTlsCertificates certificates) =>
        client.UseTls(options => Configure(options, certificates));

    private static void Configure(TlsOptions options, ClusterTlsCertificates certificates)
    {
        options.LocalCertificate = certificates.Certificate;
        options.RemoteCertificateMode = RemoteCertificateMode.RequireCertificate;
        options.ClientCertificateMode = RemoteCertificateMode.RequireCertificate;
        // Replaces the system's chain and name checks: the cluster's authority alone decides, and silos have no DNS names.
        options.RemoteCertificateValidation = (certificate, _, _) => certificates.IsIssuedByAuthority(certificate);
    }
}
