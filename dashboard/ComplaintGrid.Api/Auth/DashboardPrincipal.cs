using System.Security.Claims;

namespace ComplaintGrid.Api.Auth;

/// <summary>The claims a signed-in user carries: name, role, departments, and for a configured user the stamp of their entry.</summary>
internal static class DashboardPrincipal
{
    /// <summary>The claim type of <see cref="SignedInUser.Stamp"/>.</summary>
    public const string StampClaim = "complaintgrid:stamp";

    public static ClaimsPrincipal Create(SignedInUser user, string scheme) =>
        new(new ClaimsIdentity(
            [
                new Claim(ClaimTypes.Name, user.Name), new Claim(ClaimTypes.Role, user.Role), .. DepartmentAccess.Claims(user.Departments),
                .. user.Stamp is null ? Array.Empty<Claim>() : [new Claim(StampClaim, user.Stamp)],
            ],
            scheme));
}
