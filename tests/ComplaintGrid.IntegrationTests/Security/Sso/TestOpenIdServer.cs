using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace ComplaintGrid.IntegrationTests.Security.Sso;

/// <summary>
/// A real OpenID Connect provider (OpenIddict) on a loopback port: authorization code with PKCE for one public client.
/// It signs in whoever the test says is at the keyboard (<see cref="NextUser"/>), with the claims the test gives, so the
/// tests can try a provider's good and bad tokens against the silo.
/// </summary>
public sealed class TestOpenIdServer : IAsyncDisposable
{
    public const string ClientId = "complaintgrid";

    private readonly WebApplication _app;

    private TestOpenIdServer(WebApplication app, Uri authority)
    {
        _app = app;
        Authority = authority;
    }

    /// <summary>The issuer URL to configure as the silo's SSO authority.</summary>
    public Uri Authority { get; }

    /// <summary>The claims of the person who signs in next: (type, value) pairs besides the subject.</summary>
    public IReadOnlyList<(string Type, string Value)> NextUser { get; set; } = [];

    /// <summary>Starts a provider that accepts only redirects into <paramref name="clientBaseAddress"/>'s origin.</summary>
    public static async Task<TestOpenIdServer> StartAsync(Func<Uri> clientBaseAddress)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        TestOpenIdServer? server = null;
        builder.Services.AddOpenIddict().AddServer(o =>
        {
            o.SetAuthorizationEndpointUris("connect/authorize").SetTokenEndpointUris("connect/token");
            o.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
            o.AddEphemeralEncryptionKey().AddEphemeralSigningKey().DisableAccessTokenEncryption();
            // No database: every token is self-contained, and the two handlers below do what a client store would.
            o.EnableDegradedMode();
            o.UseAspNetCore().EnableAuthorizationEndpointPassthrough().DisableTransportSecurityRequirement();
            o.AddEventHandler<ValidateAuthorizationRequestContext>(h => h.UseInlineHandler(context =>
            {
                var redirect = Uri.TryCreate(context.RedirectUri, UriKind.Absolute, out var uri) ? uri : null;
                if (context.ClientId != ClientId)
                    context.Reject(Errors.InvalidClient, "Unknown client.");
                else if (redirect is null || redirect.GetLeftPart(UriPartial.Authority) != clientBaseAddress().GetLeftPart(UriPartial.Authority))
                    context.Reject(Errors.InvalidRequest, "The redirect_uri is not the client's.");
                return default;
            }));
            o.AddEventHandler<ValidateTokenRequestContext>(h => h.UseInlineHandler(context =>
            {
                if (context.ClientId != ClientId)
                    context.Reject(Errors.InvalidClient, "Unknown client.");
                return default;
            }));
        });
        var app = builder.Build();
        app.MapGet("/connect/authorize", (HttpContext http) =>
        {
            var request = http.GetOpenIddictServerRequest()!;
            var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
            identity.AddClaim(new Claim(Claims.Subject, Guid.NewGuid().ToString("N")));
            foreach (var (type, value) in server!.NextUser)
                identity.AddClaim(new Claim(type, value));
            identity.SetScopes(request.GetScopes());
            identity.SetDestinations(_ => [Destinations.IdentityToken]);
            return Results.SignIn(new ClaimsPrincipal(identity), properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server = new TestOpenIdServer(app, new Uri(address));
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
