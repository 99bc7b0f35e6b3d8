using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ComplaintGrid.Api.Auth.Sessions;

/// <summary>
/// Ends a configured user's session at their next request once their entry is removed, disabled, or given another
/// password, role or departments (the session's stamp no longer matches). Single sign-on sessions carry no stamp: the
/// provider decides who they are, and they end at sign-out or when they lapse.
/// </summary>
internal static class SessionValidation
{
    public static async Task Validate(CookieValidatePrincipalContext context)
    {
        if (context.Principal?.FindFirst(DashboardPrincipal.StampClaim)?.Value is not { } stamp)
            return;
        var name = context.Principal.Identity?.Name ?? "";
        var services = context.HttpContext.RequestServices;
        if (services.GetRequiredService<DashboardUserStore>().IsCurrent(name, stamp))
            return;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("ComplaintGrid.Dashboard.SignIn");
        AuthLog.SessionOutdated(logger, name);
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }
}
