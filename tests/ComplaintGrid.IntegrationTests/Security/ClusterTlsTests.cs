using System.Security.Cryptography.X509Certificates;
using ComplaintGrid.Client;
using ComplaintGrid.ClusterTls;
using ComplaintGrid.IntegrationTests.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ComplaintGrid.IntegrationTests.Security;

/// <summary>
/// The cluster's own doors under mutual TLS: a silo configured with a certificate from the cluster's authority serves a
/// client that presents one too, and refuses a client without a certificate and one whose certificate another authority issued.
/// </summary>
public sealed class ClusterTlsTests : IAsyncLifetime, IDisposable
{
    private const string Password = "test-pfx-password";
    private readonly TestCertificates _cluster = new("complaintgrid-cluster-ca");
    private readonly TestCertificates _stranger = new("someone-elses-ca");
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"complaintgrid-tls-{Guid.NewGuid():N}.db");
    private readonly string _clusterId = "tls-" + Guid.NewGuid().ToString("N")[..8];
    private readonly int _gatewayPort = LoopbackPorts.Next();
    private WebApplication? _silo;

    public async Task InitializeAsync()
    {
        (_silo, _) = await TestSiloHost.StartAsync(
new SiloArguments()
            .Set("urls", "http://127.0.0.1:0")
            // The gateway port the test's clients are given.
            .Ports(LoopbackPorts.Next(), _gatewayPort)
            .ClusterId(_clusterId)
            .EmbeddedDatabase(_databasePath)
            .LogLevel("Default", "Warning")
            .Set("ComplaintGrid:ClusterTls:CertificatePath", _cluster.Issue("silo-1", Password))
            .Set("ComplaintGrid:ClusterTls:CertificatePassword", Password)
            .Set("ComplaintGrid:ClusterTls:AuthorityPath", _cluster.AuthorityPath));
    }

    [Fact]
    public async Task ClientWithTheClustersCertificate_IsServed()
    {
        using var client = Client(new()
        {
            ["ComplaintGrid:ClusterTls:CertificatePath"] = _cluster.Issue("crm-client", Password),
            ["ComplaintGrid:ClusterTls:CertificatePassword"] = Password,
            ["ComplaintGrid:ClusterTls:AuthorityPath"] = _cluster.AuthorityPath,
        });
        await client.StartAsync();

        var filing = TestFiling();
        var view = await client.Services.GetRequiredService<IClusterClient>().FileComplaint(filing);

        Assert.Equal(ComplaintStatus.Received, view.Status);
    }

    [Fact]
    public async Task ClientWithoutACertificate_IsRefused()
    {
        using var client = Client(new());

        await AssertRefused(client);
    }

    [Fact]
    public async Task ClientWithAnotherAuthoritysCertificate_IsRefused()
    {
        // The intruder writes its own client on Orleans' TLS and accepts any silo, so only the silo's check can refuse it.
        var intruder = X509CertificateLoader.LoadPkcs12FromFile(_stranger.Issue("intruder", Password), Password);
        using var client = Client(new(), orleans => orleans.UseTls(o =>
        {
            o.LocalCertificate = intruder;
            o.AllowAnyRemoteCertificate();
        }));

        await AssertRefused(client);
    }

    [Fact]
    public void CertificateNotIssuedByTheAuthority_StopsStartUpNamingTheKey()
    {
        var failure = Assert.Throws<OptionsValidationException>(() => ClusterTlsCertificates.From(new ClusterTlsOptions
        {
            CertificatePath = _stranger.Issue("misissued", Password),
            CertificatePassword = Password,
            AuthorityPath = _cluster.AuthorityPath,
        }));

        Assert.StartsWith("ComplaintGrid:ClusterTls:CertificatePath", Assert.Single(failure.Failures), StringComparison.Ordinal);
        Assert.Throws<OptionsValidationException>(() => ClusterTlsCertificates.From(new ClusterTlsOptions { CertificatePath = "/nowhere.pfx" }));
        Assert.Null(ClusterTlsCertificates.From(new ClusterTlsOptions()));
    }

    /// <summary>Refused: the client cannot connect, or if it believes it did, no call gets through.</summary>
    private static async Task AssertRefused(IHost client)
    {
        var refused = await Record.ExceptionAsync(async () =>
        {
            await client.StartAsync();
            var filing = TestFiling();
            await client.Services.GetRequiredService<IClusterClient>().FileComplaint(filing);
        });
        Assert.NotNull(refused);
    }

    private IHost Client(Dictionary<string, string?> tls, Action<IClientBuilder>? orleans = null)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(tls);
        builder.AddComplaintGridClient(o =>
        {
            o.GatewayPort = _gatewayPort;
            o.ClusterId = _clusterId;
            o.ResponseTimeout = TimeSpan.FromSeconds(5);
        });
        builder.UseOrleansClient(client =>
        {
            // One attempt: Orleans' default keeps retrying a refused gateway for minutes.
            client.UseConnectionRetryFilter((_, _) => Task.FromResult(false));
            orleans?.Invoke(client);
        });
        return builder.Build();
    }

    private static FileComplaint TestFiling() =>
        new(ApiCalls.NewCustomer(), Channel.Phone, SubjectKind.Order, "ORD-1", "The parcel arrived broken.", Demand.Refund,
            Category.Delivery, Severity.Medium, Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        _cluster.Dispose();
        _stranger.Dispose();
    }

    public async Task DisposeAsync()
    {
        if (_silo is not null)
        {
            await _silo.StopAsync();
            await _silo.DisposeAsync();
        }
        foreach (var file in new[] { _databasePath, _databasePath + "-wal", _databasePath + "-shm" })
            File.Delete(file);
    }
}
