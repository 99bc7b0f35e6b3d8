using System.Security.Claims;

namespace ComplaintGrid.Api.Auth;

/// <summary>The claims an API key carries: the integration's name and its scopes, and no role (keys are not users).</summary>
internal static class ApiKeyPrincipal
{
    public static ClaimsPrincipal Create(ApiKeyDefinition key)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, key.Name) };
        claims.AddRange(key.Scopes.Select(s => new Claim(ApiScopes.ClaimType, s.ToLowerInvariant())));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, ApiKeyAuthenticationHandler.SchemeName));
    }

    public static bool IsApiKey(ClaimsPrincipal user) =>
        user.Identity is { IsAuthenticated: true, AuthenticationType: ApiKeyAuthenticationHandler.SchemeName };
}
