using Microsoft.AspNetCore.Authorization;

namespace ComplaintGrid.Dashboard.Auth;

/// <summary>
/// Grants a scope to an API key that was configured with it, and to users by role as before keys existed:
/// leads and supervisors read; only supervisors file and act.
/// </summary>
internal sealed class ApiScopeAuthorizationHandler : AuthorizationHandler<ApiScopeRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ApiScopeRequirement requirement)
    {
        var user = context.User;
        var granted = ApiKeyPrincipal.IsApiKey(user)
            ? user.HasClaim(ApiScopes.ClaimType, requirement.Scope)
            : requirement.Scope == ApiScopes.Read
                ? user.IsInRole(DashboardRoles.Lead) || user.IsInRole(DashboardRoles.Supervisor)
                : user.IsInRole(DashboardRoles.Supervisor);
        if (granted && user.Identity?.IsAuthenticated == true)
            context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
