using System.Security.Claims;

namespace ComplaintGrid.Dashboard.Auth;

/// <summary>The claims a signed-in user carries: name and role.</summary>
internal static class DashboardPrincipal
{
    public static ClaimsPrincipal Create(string name, string role, string scheme) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, role)], scheme));
}
