namespace ComplaintGrid.ClusterTls;

/// <summary>
/// Mutual TLS on the cluster's own doors (section <c>ComplaintGrid:ClusterTls</c>): silo-to-silo links and the gateway
/// that clients connect through. Off unless <see cref="CertificatePath"/> is set; then every silo and every client must
/// present a certificate issued by <see cref="AuthorityPath"/>, and one without is refused at the handshake.
/// </summary>
public sealed class ClusterTlsOptions
{
    public const string SectionName = "ComplaintGrid:ClusterTls";

    /// <summary>This process's certificate with its private key, as a PKCS#12 (<c>.pfx</c>) file.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>The PKCS#12 file's password, if it has one (from the environment or a secret store, never a file in the repository).</summary>
    public string? CertificatePassword { get; set; }

    /// <summary>
    /// The certificate authority (PEM or DER) that issues the cluster's certificates: a remote silo or client is let in
    /// only if its certificate chains to it. Names are not checked, since silos are addressed by IP.
    /// </summary>
    public string? AuthorityPath { get; set; }
}
