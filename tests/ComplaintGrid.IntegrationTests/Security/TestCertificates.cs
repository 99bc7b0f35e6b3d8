using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace ComplaintGrid.IntegrationTests.Security;

/// <summary>A throw-away certificate authority and the certificates it issues, written to files as an operator would keep them.</summary>
internal sealed class TestCertificates : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("complaintgrid-tls-").FullName;
    private readonly X509Certificate2 _authority;

    public TestCertificates(string name)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        _authority = request.CreateSelfSigned(TimeProvider.System.GetUtcNow().AddMinutes(-5), TimeProvider.System.GetUtcNow().AddDays(1));
        AuthorityPath = Path.Combine(_folder, $"{name}.cer");
        File.WriteAllBytes(AuthorityPath, _authority.Export(X509ContentType.Cert));
    }

    /// <summary>The authority's certificate (DER), without its key.</summary>
    public string AuthorityPath { get; }

    /// <summary>Issues a certificate for <paramref name="name"/> good for both ends of a link; returns its PKCS#12 file.</summary>
    public string Issue(string name, string password)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(
            [new Oid("1.3.6.1.5.5.7.3.1"), new Oid("1.3.6.1.5.5.7.3.2")], false)); // server and client authentication
        var serial = RandomNumberGenerator.GetBytes(16);
        using var issued = request.Create(_authority, TimeProvider.System.GetUtcNow().AddMinutes(-1), TimeProvider.System.GetUtcNow().AddHours(12), serial);
        using var withKey = issued.CopyWithPrivateKey(key);
        var path = Path.Combine(_folder, $"{name}.pfx");
        File.WriteAllBytes(path, withKey.Export(X509ContentType.Pkcs12, password));
        return path;
    }

    public void Dispose()
    {
        _authority.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
