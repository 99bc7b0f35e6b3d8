using ComplaintGrid.Client;
using ComplaintGrid.TestSupport.Hosts;
using ComplaintGrid.TestSupport.Postgres;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ComplaintGrid.TestSupport.Cluster;

/// <summary>
/// Silo processes sharing one fresh PostgreSQL database, and an Orleans client for them. Membership is tuned
/// to declare a dead silo within a few seconds, and with short clocks logistics' complaints get a 20-second first
/// response so that deadlines fall due while a test runs.
/// </summary>
public sealed class PostgresCluster : IAsyncDisposable
{
    public static readonly TimeSpan ShortFirstResponse = TimeSpan.FromSeconds(20);

    private readonly List<SiloProcess> _silos = [];
    private IHost? _clientHost;

    private readonly bool _shortClocks;
    private readonly ClusterTuning _tuning;

    private PostgresCluster(PostgresTestDatabase database, string clusterId, bool shortClocks, ClusterTuning tuning)
    {
        Database = database;
        ClusterId = clusterId;
        _shortClocks = shortClocks;
        _tuning = tuning;
    }

    public PostgresTestDatabase Database { get; }

    public string ClusterId { get; }

    public IReadOnlyList<SiloProcess> Silos => _silos;

    public RetryRecorder Retries { get; } = new();

    public ComplaintGridClient Client => _clientHost!.Services.GetRequiredService<ComplaintGridClient>();

    /// <summary>The client's grain factory, for Orleans' management grain.</summary>
    public IGrainFactory Grains => _clientHost!.Services.GetRequiredService<IGrainFactory>();

    /// <param name="shortClocks">Give logistics' complaints a 20 s first response, so deadlines fall due during the test.</param>
    /// <param name="tuning">Membership and client timeouts: shortened for tests, as shipped, or Orleans' own (the last two for the failover benchmark).</param>
    /// <param name="serverVariable">The environment variable naming the PostgreSQL server to use.</param>
    public static async Task<PostgresCluster> CreateAsync(bool shortClocks, ClusterTuning tuning = ClusterTuning.Tests, string serverVariable = PostgresTestServer.Variable)
    {
        var database = await PostgresTestDatabase.CreateAsync(serverVariable);
        var cluster = new PostgresCluster(database, "cluster-" + database.Name, shortClocks, tuning);
        var (exitCode, output) = await SiloProcess.RunAsync(["migrate", .. cluster.CommonArguments()]);
        if (exitCode != 0)
            throw new InvalidOperationException($"migrate failed ({exitCode}):\n{output}");
        return cluster;
    }

    public string[] CommonArguments() =>
    [
        "--ComplaintGrid:Silo:Profile", "Postgres",
        "--ComplaintGrid:Postgres:ConnectionString", Database.ConnectionString,
        "--ComplaintGrid:Silo:ClusterId", ClusterId,
        "--ComplaintGrid:Silo:AdvertisedAddress", "127.0.0.1",
        .. _tuning switch
        {
            ClusterTuning.Tests => TestMembership,
            ClusterTuning.OrleansDefaults => OrleansMembership,
            _ => [],
        },
        .. (_shortClocks ? ShortClocks : []),
    ];

    /// <summary>
    /// The command line of a stand-alone dashboard host (in-process or a process of its own) that joins this cluster as
    /// an Orleans client through the membership table, listening on <paramref name="url"/>, with no drain delay.
    /// </summary>
    public SiloArguments DashboardHostArguments(string url) =>
        new SiloArguments()
            .Set("urls", url)
            .Set("ComplaintGrid:Client:Cluster", "Postgres")
            .Set("ComplaintGrid:Client:PostgresConnectionString", Database.ConnectionString)
            .Set("ComplaintGrid:Client:ClusterId", ClusterId)
            .LogLevel("Default", "Warning")
            .Set("ComplaintGrid:Drain:Delay", "00:00:00");

    /// <summary>Every complaint in logistics (delivery complaints), whatever its severity, gets a 20 s first response.</summary>
    private static readonly string[] ShortClocks =
    [
        .. new[] { Severity.Low, Severity.Medium, Severity.High, Severity.Critical }.SelectMany(severity => new[]
        {
            $"--ComplaintGrid:Clocks:Departments:logistics:{severity}:FirstResponse", ShortFirstResponse.ToString("c"),
        }),
    ];

    private static readonly string[] TestMembership =
    [
        "--ComplaintGrid:Silo:Membership:ProbeTimeout", "00:00:01",
        "--ComplaintGrid:Silo:Membership:NumMissedProbesLimit", "2",
        "--ComplaintGrid:Silo:Membership:NumVotesForDeathDeclaration", "1",
        "--ComplaintGrid:Silo:Membership:IAmAliveTablePublishTimeout", "00:00:05",
        // A silo that was frozen reads the table within seconds of waking, finds itself declared dead, and stops.
        "--ComplaintGrid:Silo:Membership:TableRefreshTimeout", "00:00:05",
    ];

    private static readonly string[] OrleansMembership =
    [
        "--ComplaintGrid:Silo:Membership:ProbeTimeout", "00:00:05",
        "--ComplaintGrid:Silo:Directory:RangeLeaseDuration", "00:00:30",
    ];

    public async Task<SiloProcess> StartSiloAsync()
    {
        var silo = await SiloProcess.StartAsync($"silo-{_silos.Count + 1}", CommonArguments());
        _silos.Add(silo);
        return silo;
    }

    /// <summary>Three silos and a connected client: the cluster every fault test starts from.</summary>
    public static async Task<PostgresCluster> StartThreeSilosAsync(bool shortClocks, ClusterTuning tuning = ClusterTuning.Tests)
    {
        var cluster = await CreateAsync(shortClocks, tuning);
        try
        {
            for (var i = 0; i < 3; i++)
                await cluster.StartSiloAsync();
            await cluster.ConnectClientAsync();
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    public async Task ConnectClientAsync()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(Retries);
        builder.AddComplaintGridClient(o =>
        {
            o.Cluster = ClusterKind.Postgres;
            o.PostgresConnectionString = Database.ConnectionString;
            o.ClusterId = ClusterId;
            if (_tuning == ClusterTuning.Tests)
            {
                o.MaxAttempts = 12;
                // A filing lost with the killed silo is retried after 5 s rather than the client's default.
                o.ResponseTimeout = TimeSpan.FromSeconds(5);
            }
            else if (_tuning == ClusterTuning.OrleansDefaults)
            {
                o.ResponseTimeout = TimeSpan.FromSeconds(30);
                o.GatewayListRefreshPeriod = TimeSpan.FromMinutes(1);
            }
        });
        _clientHost = builder.Build();
        await _clientHost.StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_clientHost is not null)
        {
            await _clientHost.StopAsync();
            _clientHost.Dispose();
        }
        foreach (var silo in _silos)
            await silo.DisposeAsync();
        await Database.DisposeAsync();
    }
}
