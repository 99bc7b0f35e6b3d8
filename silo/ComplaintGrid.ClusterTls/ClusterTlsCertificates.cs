using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace ComplaintGrid.ClusterTls;

/// <summary>
/// The certificates <see cref="ClusterTlsOptions"/> names, loaded once at start-up: this process's own, and the authority
/// every remote certificate must chain to. A misconfiguration stops start-up naming the key, rather than every
/// handshake failing later.
/// </summary>
public sealed class ClusterTlsCertificates
{
    private ClusterTlsCertificates(X509Certificate2 certificate, X509Certificate2 authority)
    {
        Certificate = certificate;
        Authority = authority;
    }

    /// <summary>This process's certificate, with its private key.</summary>
    public X509Certificate2 Certificate { get; }

    /// <summary>The authority that issues the cluster's certificates.</summary>
    public X509Certificate2 Authority { get; }

    /// <summary>The certificates configured in <paramref name="configuration"/>, or null when cluster TLS is off.</summary>
    /// <exception cref="OptionsValidationException">A path is missing or unreadable, the certificate has no private key, or the authority did not issue it.</exception>
    public static ClusterTlsCertificates? From(IConfiguration configuration) =>
        From(configuration.GetSection(ClusterTlsOptions.SectionName).Get<ClusterTlsOptions>() ?? new());

    /// <inheritdoc cref="From(IConfiguration)"/>
    public static ClusterTlsCertificates? From(ClusterTlsOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.CertificatePath))
        {
            if (!string.IsNullOrWhiteSpace(options.AuthorityPath))
                throw Invalid($"{ClusterTlsOptions.SectionName}:CertificatePath is required when AuthorityPath is set: mutual TLS needs this process's own certificate too.");
            return null;
        }
        if (string.IsNullOrWhiteSpace(options.AuthorityPath))
            throw Invalid($"{ClusterTlsOptions.SectionName}:AuthorityPath is required with CertificatePath: it decides which silos and clients are let in.");

        var certificate = Load($"{ClusterTlsOptions.SectionName}:CertificatePath", options.CertificatePath,
            path => X509CertificateLoader.LoadPkcs12FromFile(path, options.CertificatePassword));
        var authority = Load($"{ClusterTlsOptions.SectionName}:AuthorityPath", options.AuthorityPath, X509CertificateLoader.LoadCertificateFromFile);
        if (!certificate.HasPrivateKey)
            throw Invalid($"{ClusterTlsOptions.SectionName}:CertificatePath '{options.CertificatePath}' holds no private key.");
        var tls = new ClusterTlsCertificates(certificate, authority);
        if (!tls.IsIssuedByAuthority(certificate))
            throw Invalid($"{ClusterTlsOptions.SectionName}:CertificatePath '{options.CertificatePath}' is not issued by the authority in AuthorityPath (or has expired): other silos would refuse it.");
        return tls;
    }

    /// <summary>Whether <paramref name="remote"/> chains to <see cref="Authority"/> and is valid now; the system's trust store plays no part.</summary>
    public bool IsIssuedByAuthority(X509Certificate2 remote)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(Authority);
        // A private cluster authority publishes no revocation list; rotating the authority is how a certificate is withdrawn.
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(remote);
    }

    private static X509Certificate2 Load(string key, string path, Func<string, X509Certificate2> load)
    {
        try
        {
            return load(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.Cryptography.CryptographicException)
        {
            throw Invalid($"{key} '{path}' could not be read as a certificate: {ex.Message}");
        }
    }

    private static OptionsValidationException Invalid(string failure) =>
        new(ClusterTlsOptions.SectionName, typeof(ClusterTlsOptions), [failure]);
}
