using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace ComplaintGrid.Api.Auth;

/// <summary>
/// Who an HTTP request acts as, taken from how it authenticated and never from its body: a signed-in user acts as
/// that user; an API key as its integration, or as the agent it names in <c>onBehalfOf</c> when it holds the
/// <c>act-as</c> scope. A body that names an actor may only name that same one.
/// </summary>
public static class ActingCaller
{
    /// <summary>The door the request came through, for the timeline.</summary>
    public static ActOrigin OriginOf(ClaimsPrincipal user) =>
        ApiKeyPrincipal.IsApiKey(user) ? ActOrigin.ApiKey(NameOf(user))
        : ActOrigin.User(user.Identity?.AuthenticationType switch
        {
            BasicAuthenticationHandler.SchemeName => "basic",
            CookieAuthenticationDefaults.AuthenticationScheme => "cookie",
            { } other => other.ToLowerInvariant(),
            null => "unknown",
        });

    /// <summary>
    /// The actor to record for a request whose body named <paramref name="namedActor"/> in <paramref name="actorField"/>
    /// (null when omitted) and asked to act for <paramref name="onBehalfOf"/> (null when not).
    /// </summary>
    /// <exception cref="ComplaintGridException"><c>auth.actor_mismatch</c> or <c>auth.act_as_forbidden</c> (403), or a malformed identifier (400).</exception>
    public static string ActorFor(ClaimsPrincipal user, string? namedActor, string actorField, string? onBehalfOf)
    {
        var isKey = ApiKeyPrincipal.IsApiKey(user);
        if (onBehalfOf is not null)
        {
            new RuleCheck().Identifier(ActingErrors.OnBehalfOfField, onBehalfOf).ThrowIfAny();
            if (!isKey || !user.HasClaim(ApiScopes.ClaimType, ApiScopes.ActAs))
            {
                throw new ComplaintGridException(ActingErrors.ActAsForbidden, ActingErrors.OnBehalfOfField, isKey
                    ? $"{ActingErrors.OnBehalfOfField} needs an API key with the '{ApiScopes.ActAs}' scope; without it a key acts as its integration."
                    : $"{ActingErrors.OnBehalfOfField} is for integrations' API keys with the '{ApiScopes.ActAs}' scope; a signed-in user acts as themself.");
            }
            RefuseReserved(onBehalfOf);
        }
        var actor = onBehalfOf ?? NameOf(user);
        if (namedActor is not null)
        {
            new RuleCheck().Identifier(actorField, namedActor).ThrowIfAny();
            if (!string.Equals(namedActor, actor, StringComparison.OrdinalIgnoreCase))
            {
                throw new ComplaintGridException(ActingErrors.ActorMismatch, actorField,
                    $"{actorField} '{namedActor}' is not who is calling ('{actor}'): the actor is taken from the sign-in or API key; omit {actorField}"
                    + (isKey ? $", or send {ActingErrors.OnBehalfOfField} with the '{ApiScopes.ActAs}' scope." : "."));
            }
        }
        return actor;
    }

    private static string NameOf(ClaimsPrincipal user) =>
        user.Identity?.Name is { Length: > 0 } name ? name : throw new InvalidOperationException("An authenticated caller has no name.");

    private static void RefuseReserved(string onBehalfOf)
    {
        if (ReservedActors.IsReserved(onBehalfOf))
        {
            throw new ComplaintGridException(ErrorCodes.NotAllowed, ActingErrors.OnBehalfOfField,
                $"{ActingErrors.OnBehalfOfField} '{onBehalfOf}' is reserved for ComplaintGrid's own timeline entries ({string.Join(", ", ReservedActors.All)}).");
        }
    }
}
