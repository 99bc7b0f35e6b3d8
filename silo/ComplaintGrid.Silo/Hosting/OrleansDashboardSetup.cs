using ComplaintGrid.Api;
using ComplaintGrid.Api.Auth;
using Orleans.Dashboard;

namespace ComplaintGrid.Silo.Hosting;

/// <summary>
/// Orleans' own dashboard (silos, grain activations and calls, reminders) for operators, at <see cref="Path"/>.
/// It has no sign-in of its own, so every route of it requires the <c>operator</c> role.
/// </summary>
public static class OrleansDashboardSetup
{
    public const string Path = DashboardRoutes.OrleansDashboard;

    public static void Configure(ISiloBuilder silo, SiloHostOptions options)
    {
        if (!options.OrleansDashboard)
            return;
        // The trace view streams the silo's whole log to the browser; logs are for the log pipeline, not a web page.
        silo.AddDashboard(o => o.HideTrace = true);
    }

    public static void Map(WebApplication app, SiloHostOptions options)
    {
        if (!options.OrleansDashboard)
            return;
        app.UseWhen(context => OrleansDashboardMenu.IsPage(context.Request, Path),
            page => page.Use((context, next) => OrleansDashboardMenu.ServePage(context, next, Path)));
        app.MapGet($"{Path}/{OrleansDashboardMenu.ScriptName}", OrleansDashboardMenu.ServeScript).RequireAuthorization(DashboardPolicies.Operate);
        app.MapOrleansDashboard(routePrefix: Path).RequireAuthorization(DashboardPolicies.Operate);
    }
}
