using System.Security.Claims;

namespace ComplaintGrid.Api.Auth;

/// <summary>
/// Which departments a caller sees and acts in. Leads, agents and supervisors are bound to the departments configured for
/// them (<c>*</c> for all); API keys and operators are not bound. Another department's complaint is answered as if it did
/// not exist.
/// </summary>
public static class DepartmentAccess
{
    /// <summary>The claim type a user's departments travel in; <see cref="Every"/> stands for all.</summary>
    public const string ClaimType = "complaintgrid:department";

    /// <summary>All departments.</summary>
    public const string Every = "*";

    /// <summary>The claims for <paramref name="departments"/>: <see cref="Every"/> when none is named.</summary>
    public static IEnumerable<Claim> Claims(IReadOnlyCollection<string> departments) =>
        (departments.Count == 0 ? [Every] : departments).Select(d => new Claim(ClaimType, d));

    /// <summary>Whether the caller sees only some departments.</summary>
    public static bool IsBound(ClaimsPrincipal user) =>
        !ApiKeyPrincipal.IsApiKey(user) && !user.HasClaim(ClaimType, Every);

    /// <summary>Whether the caller may see and act in <paramref name="departmentId"/>.</summary>
    public static bool Allows(ClaimsPrincipal user, string departmentId) =>
        !IsBound(user) || user.HasClaim(ClaimType, departmentId);

    /// <summary>The departments a bound caller sees, in configured order; empty for an unbound one.</summary>
    public static IReadOnlyList<string> Of(ClaimsPrincipal user) =>
        IsBound(user) ? user.FindAll(ClaimType).Select(c => c.Value).ToArray() : [];
}
