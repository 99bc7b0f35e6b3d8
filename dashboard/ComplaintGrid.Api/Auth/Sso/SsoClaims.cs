using System.Security.Claims;
using System.Text.RegularExpressions;

namespace ComplaintGrid.Api.Auth.Sso;

/// <summary>
/// Turns a provider's token into a ComplaintGrid user: id, role and departments from the configured claims. A token
/// that lacks them is refused with a reason a person can act on, shown on the sign-in page.
/// </summary>
public static partial class SsoClaims
{
    /// <summary>The user the token's claims describe, or why they describe none.</summary>
    public static (SignedInUser? User, string? Refusal) Map(ClaimsPrincipal token, SsoOptions options)
    {
        var name = token.FindFirst(options.NameClaim)?.Value ?? token.FindFirst("sub")?.Value;
        if (string.IsNullOrWhiteSpace(name) || !UserName().IsMatch(name))
            return (null, $"Your sign-in carries no usable user id (claim '{options.NameClaim}': 1–64 letters, digits or . _ - @).");
        if (ReservedActors.IsReserved(name))
            return (null, $"The user id '{name}' is reserved for ComplaintGrid's own entries.");
        var role = token.FindFirst(options.RoleClaim)?.Value?.ToLowerInvariant();
        if (role is null || !DashboardRoles.All.Contains(role))
        {
            return (null, $"Your sign-in carries no ComplaintGrid role (claim '{options.RoleClaim}' must be one of "
                + $"{string.Join(", ", DashboardRoles.All)}{(role is null ? "" : $"; it is '{role}'")}). Ask your administrator for one.");
        }
        var departments = token.FindAll(options.DepartmentsClaim)
            .SelectMany(c => c.Value.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        if (role == DashboardRoles.Agent && departments.Length == 0)
            return (null, $"Your sign-in names no departments (claim '{options.DepartmentsClaim}'), which an agent needs. Ask your administrator for them.");
        return (new SignedInUser(name, role, departments), null);
    }

    [GeneratedRegex("^[A-Za-z0-9._@-]{1,64}$")]
    private static partial Regex UserName();
}
