using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace ComplaintGrid.Api.Auth.Sessions;

/// <summary>
/// Keeps browser sessions in <see cref="ISignInSessionGrain"/>s: the cookie carries only a random session id, so
/// signing out removes the session for every host, and a copied cookie is worthless afterwards.
/// </summary>
internal sealed class GrainTicketStore(IGrainFactory grains, TimeSpan lifetime) : ITicketStore
{
    public async Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        var id = Base64Url(RandomNumberGenerator.GetBytes(32));
        if (ticket.Principal.Identity is ClaimsIdentity identity)
            identity.AddClaim(new Claim(SessionClaims.Session, GrainKey(id)));
        await RenewAsync(id, ticket);
        return id;
    }

    public Task RenewAsync(string key, AuthenticationTicket ticket)
    {
        var expiresAt = ticket.Properties.ExpiresUtc ?? TimeProvider.System.GetUtcNow() + lifetime;
        return Session(key).Store(new SignInSession(TicketSerializer.Default.Serialize(ticket), expiresAt));
    }

    public async Task<AuthenticationTicket?> RetrieveAsync(string key) =>
        await Session(key).Get() is { } session ? TicketSerializer.Default.Deserialize(session.Ticket) : null;

    public Task RemoveAsync(string key) => Session(key).Remove();

    /// <summary>
    /// The grain is keyed by a hash of the id, so the store and any log that names a grain hold nothing a cookie could
    /// be rebuilt from.
    /// </summary>
    private ISignInSessionGrain Session(string key) => grains.GetGrain<ISignInSessionGrain>(GrainKey(key));

    private static string GrainKey(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
