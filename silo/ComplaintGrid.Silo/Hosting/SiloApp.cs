using ComplaintGrid.Api;
using ComplaintGrid.Api.Operations;
using ComplaintGrid.Api.Web;
using ComplaintGrid.ClusterTls;
using ComplaintGrid.Dashboard;
using ComplaintGrid.Hosting;
using ComplaintGrid.Silo.Health;
using ComplaintGrid.Silo.Tracing;
using ComplaintGrid.Simulator;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace ComplaintGrid.Silo.Hosting;

/// <summary>Builds the silo process: Orleans with the chosen profile, the grains' rules, and the HTTP API.</summary>
public static class SiloApp
{
    public static WebApplication Create(string[] args, Action<IServiceCollection>? configureServices = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddWebFrontLimits();
        var settings = SiloSettings.Read(builder.Configuration);

        builder.Logging.AddFilter("Polly", LogLevel.Warning);
        // Orleans warns about any reminder period under a minute. Ours are re-aimed at each escalation point and
        // only repeat when a tick was missed (see ComplaintGridSiloBuilderExtensions), so the warning does not apply.
        builder.Logging.AddFilter("Orleans.Hosting.ReminderOptionsValidator", LogLevel.Error);
        WatchdogStartRace.Register(builder.Services);
        builder.Services.AddSingleton(settings);
        var tracing = builder.AddComplaintGridTracing();

        // Loaded before Orleans starts, so a wrong path or certificate stops start-up naming the key.
        var clusterTls = ClusterTlsCertificates.From(builder.Configuration);
        // Orleans first: hosted services start in the order they are registered, and those added below call grains as
        // they start (data protection loads its key ring from a grain), so the silo must be active before they run.
        builder.UseOrleans(silo =>
        {
            StorageProfileSetup.Configure(silo, settings);
            if (clusterTls is not null)
                silo.UseClusterTls(clusterTls);
            FailoverTuning.Configure(silo, builder.Configuration);
            silo.AddComplaintGrid();
            if (tracing.Enabled)
                silo.AddComplaintGridTracing();
            OrleansDashboardSetup.Configure(silo, settings.Silo);
        });
        builder.Services.AddComplaintGridApi(builder.Configuration);
        builder.Services.AddComplaintGridDashboard(builder.Configuration);
        builder.Services.AddComplaintGridSiloHealthChecks();
        // Compressed simulation (a demo mode): the deadlines run on the simulator's clock, so the ladder fills from real allowances in minutes.
        var simulatedClock = SimulatorClock.FromConfiguration(builder.Configuration);
        builder.Services.AddComplaintGridSimulator(builder.Configuration, simulatedClock);
        if (simulatedClock is not null)
            builder.Services.AddKeyedSingleton<TimeProvider>(ComplaintGridClock.Key, simulatedClock);
        configureServices?.Invoke(builder.Services);

        var app = builder.Build();
        // Headers first, then who is calling: so sign-in redirects and refusals carry the headers too.
        app.UseComplaintGridSecurityHeaders();
        app.UseCrossSiteRequestGuard();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseComplaintGridApi();
        app.MapComplaintGridApi();
        app.MapComplaintGridDashboard();
        app.MapComplaintGridHealth();
        app.MapComplaintGridMetrics();
        OrleansDashboardSetup.Map(app, settings.Silo);
        app.MapGet("/", () => TypedResults.Redirect(DashboardRoutes.Page));
        app.Lifetime.ApplicationStarted.Register(() => LogReady(app, settings));
        return app;
    }

    /// <summary>Prepares storage (checks or migrates the schema), then runs the silo until it is stopped.</summary>
    public static async Task RunAsync(WebApplication app)
    {
        var settings = app.Services.GetRequiredService<SiloSettings>();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("ComplaintGrid.Silo");
        await StorageProfileSetup.PrepareStorageAsync(settings, logger);
        await app.RunAsync();
    }

    private static void LogReady(WebApplication app, SiloSettings settings)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
        var urls = addresses is { Count: > 0 } ? string.Join(", ", addresses) : "(none)";
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("ComplaintGrid.Silo");
        var options = settings.Silo;
        SiloLog.Ready(logger, options.Profile, settings.Durability, urls, options.SiloPort, options.GatewayPort, options.ClusterId);
    }
}
