using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;

namespace ComplaintGrid.Api.Auth;

/// <summary>
/// Tells an API key that lacks a scope which scope the endpoint needs (<c>auth.scope_required</c>), so the
/// integrator knows what to ask for; users keep the role-based <c>auth.forbidden</c>.
/// </summary>
internal sealed class ApiScopeResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden
            && ApiKeyPrincipal.IsApiKey(context.User)
            && authorizeResult.AuthorizationFailure?.FailedRequirements.OfType<ApiScopeRequirement>().FirstOrDefault() is { } missing)
            return AuthProblems.WriteScopeRequired(context, missing.Scope);
        return _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
