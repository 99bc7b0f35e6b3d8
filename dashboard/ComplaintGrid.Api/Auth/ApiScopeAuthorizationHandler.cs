using Microsoft.AspNetCore.Authorization;

namespace ComplaintGrid.Api.Auth;

/// <summary>
/// Grants a scope to an API key that was configured with it, and to users by role: leads, agents and supervisors read;
/// agents and supervisors file and act; only supervisors approve and see bad-faith flags; leads and supervisors merge duplicates; only supervisors bound to no department erase a
/// customer's texts (a customer's complaints span departments). No user acts for someone else (<c>act-as</c>).
/// Which complaints a user may read and act on is narrowed by department (<see cref="DepartmentAccess"/>).
/// </summary>
internal sealed class ApiScopeAuthorizationHandler : AuthorizationHandler<ApiScopeRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ApiScopeRequirement requirement)
    {
        var user = context.User;
        var granted = ApiKeyPrincipal.IsApiKey(user)
            ? user.HasClaim(ApiScopes.ClaimType, requirement.Scope)
            : requirement.Scope switch
            {
                ApiScopes.Read => DashboardRoles.SeeComplaints.Any(user.IsInRole),
                ApiScopes.File or ApiScopes.Act => user.IsInRole(DashboardRoles.Agent) || user.IsInRole(DashboardRoles.Supervisor),
                ApiScopes.Approve or ApiScopes.BadFaith => user.IsInRole(DashboardRoles.Supervisor),
                ApiScopes.Model => (user.IsInRole(DashboardRoles.Supervisor) || user.IsInRole(DashboardRoles.Lead)) && !DepartmentAccess.IsBound(user),
                ApiScopes.Merge => user.IsInRole(DashboardRoles.Lead) || user.IsInRole(DashboardRoles.Supervisor),
                ApiScopes.Erase => user.IsInRole(DashboardRoles.Supervisor) && !DepartmentAccess.IsBound(user),
                _ => false,
            };
        if (granted && user.Identity?.IsAuthenticated == true)
            context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
