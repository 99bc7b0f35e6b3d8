using System.CommandLine;
using ComplaintGrid.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ComplaintGrid.Cli;

/// <summary>A connected Orleans client for one CLI invocation; disposing it leaves the cluster politely.</summary>
internal sealed class ClusterSession : IAsyncDisposable
{
    /// <summary>Leaving is a courtesy to the gateway; a CLI that has printed its answer must not hang on it.</summary>
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(5);

    private readonly IHost _host;

    private ClusterSession(IHost host)
    {
        _host = host;
        Client = host.Services.GetRequiredService<ComplaintGridClient>();
        Grains = host.Services.GetRequiredService<IClusterClient>();
    }

    public ComplaintGridClient Client { get; }

    public IGrainFactory Grains { get; }

    /// <summary>
    /// Connects as the global options say (configuration and environment variables fill in the rest) within
    /// <paramref name="timeout"/>; <paramref name="cancellationToken"/> is the user's Ctrl+C.
    /// </summary>
    public static async Task<ClusterSession> ConnectAsync(ParseResult parse, TimeSpan timeout, CancellationToken cancellationToken)
    {
        // No appsettings.json from wherever the CLI happens to run: options and environment variables only
        // (ComplaintGrid__Client__GatewayPort and friends).
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var options = configuration.GetSection(ComplaintGridClientOptions.SectionName).Get<ComplaintGridClientOptions>() ?? new();
        GlobalOptions.Apply(parse, options);
        if (options.Cluster == ClusterKind.Postgres && string.IsNullOrWhiteSpace(options.PostgresConnectionString))
            throw new UsageException("--postgres: a connection string is required when --cluster is postgres.");
        var where = options.Cluster == ClusterKind.Postgres
            ? $"postgres cluster '{options.ClusterId}'"
            : $"127.0.0.1:{options.GatewayPort} (cluster '{options.ClusterId}')";
        // The client library's retry policy, so a silo that is still starting is waited for and --attempts 1 fails
        // at once; each attempt is a fresh client host, since a host whose start failed cannot be started again.
        var retry = ClientRetry.CreateForConnecting(options, TimeProvider.System, NullLogger.Instance);
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bounded.CancelAfter(timeout);
        try
        {
            var host = await retry.Run("Connect", () => StartHost(parse, configuration, bounded.Token), bounded.Token);
            return new ClusterSession(host);
        }
        catch (Exception ex)
        {
            throw ex switch
            {
                OptionsValidationException invalid => new UsageException(invalid.Message),
                OperationCanceledException when cancellationToken.IsCancellationRequested => ex,
                OperationCanceledException => new ClusterUnreachableException(where, $"no answer within {timeout.TotalSeconds:0.#} s", ex),
                _ => new ClusterUnreachableException(where, Innermost(ex).Message, ex),
            };
        }
    }

    private static async Task<IHost> StartHost(ParseResult parse, IConfiguration configuration, CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ApplicationName = "complaintgrid" });
        builder.Configuration.AddConfiguration(configuration);
        // Orleans logs every failed connection attempt; the CLI reports the outcome as one line instead.
        builder.Logging.ClearProviders();
        builder.AddComplaintGridClient(o => GlobalOptions.Apply(parse, o));
        builder.Services.AddSingleton<IClientConnectionRetryFilter, SingleConnectAttempt>();
        var host = builder.Build();
        try
        {
            await host.StartAsync(cancellationToken).WaitAsync(cancellationToken);
            return host;
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(StopTimeout);
        try
        {
            await _host.StopAsync(stop.Token);
        }
        catch (OperationCanceledException)
        {
            // The gateway did not answer the goodbye in time; the connection closes with the process.
        }
        _host.Dispose();
    }

    private static Exception Innermost(Exception ex) => ex.InnerException is { } inner ? Innermost(inner) : ex;
}
