using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ComplaintGrid.Api.Auth;

/// <summary>
/// Who may call an API group, by scope: every GET needs <c>read</c>, every other method <c>act</c>, unless the
/// endpoint names its own scope (<see cref="RequireScope"/>, as filing does with <c>file</c>). Users get scopes by
/// role (<see cref="ApiScopeAuthorizationHandler"/>): leads read, agents also file and act, supervisors also approve.
/// </summary>
public static class ApiAuthorization
{
    public static RouteGroupBuilder RequireApiScopes(this RouteGroupBuilder group)
    {
        // Finally: runs after each endpoint's own metadata (its HTTP methods, its own scope) is in place.
        ((IEndpointConventionBuilder)group).Finally(endpoint =>
        {
            if (endpoint.Metadata.OfType<RequiredScope>().Any())
                return;
            var methods = endpoint.Metadata.OfType<IHttpMethodMetadata>().SelectMany(m => m.HttpMethods);
            var scope = methods.Any(m => !HttpMethods.IsGet(m) && !HttpMethods.IsHead(m)) ? ApiScopes.Act : ApiScopes.Read;
            endpoint.Metadata.Add(new RequiredScope(scope));
            endpoint.Metadata.Add(new AuthorizeAttribute(ApiScopes.PolicyFor(scope)));
        });
        return group;
    }

    /// <summary>This endpoint needs <paramref name="scope"/> instead of what its method implies.</summary>
    public static TBuilder RequireScope<TBuilder>(this TBuilder builder, string scope) where TBuilder : IEndpointConventionBuilder
    {
        builder.Add(endpoint =>
        {
            endpoint.Metadata.Add(new RequiredScope(scope));
            endpoint.Metadata.Add(new AuthorizeAttribute(ApiScopes.PolicyFor(scope)));
        });
        return builder;
    }
}
