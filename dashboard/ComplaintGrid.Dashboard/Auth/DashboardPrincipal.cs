using System.Security.Claims;

namespace ComplaintGrid.Dashboard.Auth;

/// <summary>The claims a signed-in user carries: name, role and departments.</summary>
internal static class DashboardPrincipal
{
    public static ClaimsPrincipal Create(SignedInUser user, string scheme) =>
        new(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, user.Name), new Claim(ClaimTypes.Role, user.Role), .. DepartmentAccess.Claims(user.Departments)],
            scheme));
}
