using ComplaintGrid.Api;
using ComplaintGrid.Api.Operations;
using ComplaintGrid.Api.Web;
using ComplaintGrid.Client;
using ComplaintGrid.Dashboard;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace ComplaintGrid.DashboardHost;

/// <summary>
/// Builds the stand-alone dashboard host: the live dashboard and the HTTP API as in the silo, but served by an
/// Orleans client of the cluster (<c>ComplaintGrid:Client</c>), so browsers and integrations load no silo's web server.
/// </summary>
public static class DashboardHostApp
{
    public static WebApplication Create(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddWebFrontLimits();
        builder.Logging.AddFilter("Polly", LogLevel.Warning);
        // The dashboard and the API need only an IGrainFactory, which the Orleans client registers.
        builder.AddComplaintGridClient();
        builder.Services.AddComplaintGridApi(builder.Configuration);
        builder.Services.AddComplaintGridDashboard(builder.Configuration);
        builder.Services.AddComplaintGridHealthChecks();

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
        app.MapGet("/", () => TypedResults.Redirect(DashboardRoutes.Page));
        app.Lifetime.ApplicationStarted.Register(() => LogReady(app));
        return app;
    }

    private static void LogReady(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
        var urls = addresses is { Count: > 0 } ? string.Join(", ", addresses) : "(none)";
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("ComplaintGrid.DashboardHost");
        var client = app.Services.GetRequiredService<IOptions<ComplaintGridClientOptions>>().Value;
        DashboardHostLog.Ready(logger, urls, client.ClusterId, client.ServiceId, client.Cluster);
    }
}
