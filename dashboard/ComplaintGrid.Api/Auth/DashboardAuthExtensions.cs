using ComplaintGrid.Api.Auth.Sessions;
using ComplaintGrid.Api.Auth.Sso;
using ComplaintGrid.Api.Auth.Throttling;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ComplaintGrid.Api.Auth;

/// <summary>
/// Registers who may look and act: cookie sign-in for browsers and Basic for scripts, both against the
/// configured users, single sign-on through an OpenID Connect provider when configured (<see cref="SsoOptions"/>), and
/// API keys with scopes for integrations (<see cref="ApiKeyOptions"/>).
/// Idempotent, because both the API and the dashboard need it and either may come first.
/// </summary>
public static class DashboardAuthExtensions
{
    public const string SignInPath = "/signin";
    public const string SignOutPath = "/signout";

    public static IServiceCollection AddComplaintGridAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        if (services.Any(d => d.ServiceType == typeof(DashboardUserStore)))
            return services;

        services.AddProblemDetails();
        services.AddOptions<DashboardAuthOptions>().BindConfiguration(DashboardAuthOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DashboardAuthOptions>, DashboardAuthOptionsValidator>();
        services.AddSingleton<DashboardUserStore>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<SignInThrottleOptions>().BindConfiguration(SignInThrottleOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SignInThrottleOptions>, SignInThrottleOptionsValidator>();
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<PasswordCheckGate>();
        services.AddSingleton<PasswordSignIn>();
        services.AddOptions<ApiKeyOptions>().BindConfiguration(ApiKeyOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ApiKeyOptions>, ApiKeyOptionsValidator>();
        services.AddSingleton<ApiKeyStore>();
        services.AddHostedService<SignInAnnouncer>();
        services.AddOptions<SignInKeysOptions>().BindConfiguration(SignInKeysOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SignInKeysOptions>, SignInKeysOptionsValidator>();
        services.AddDataProtection().SetApplicationName(SignInKeysOptions.ApplicationName);
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>, SignInKeysRepository>();
        WithoutKeyRingPreload(services);

        services.AddOptions<SsoOptions>().BindConfiguration(SsoOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SsoOptions>, SsoOptionsValidator>();

        var authentication = services.AddAuthentication(DashboardPolicies.Scheme)
            .AddPolicyScheme(DashboardPolicies.Scheme, "API key, Basic or cookie", o => o.ForwardDefaultSelector = SchemeFor)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null)
            .AddScheme<AuthenticationSchemeOptions, BasicAuthenticationHandler>(BasicAuthenticationHandler.SchemeName, null)
            .AddCookie(CookieAuthenticationDefaults.AuthenticationScheme, o =>
            {
                o.Cookie.Name = "complaintgrid.session";
                o.Cookie.HttpOnly = true;
                // Strict: a sign-in cookie that other sites can never send is the CSRF defence for the API's POSTs.
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.SlidingExpiration = true;
                o.LoginPath = SignInPath;
                o.Events.OnRedirectToLogin = context => IsPage(context.Request)
                    ? Redirect(context)
                    : AuthProblems.Write(context.HttpContext, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = context => AuthProblems.Write(context.HttpContext, StatusCodes.Status403Forbidden);
                o.Events.OnValidatePrincipal = SessionValidation.Validate;
            });
        // Registered only when configured: a remote sign-in scheme is consulted on every request once it exists.
        if (configuration.GetSection(SsoOptions.SectionName).Get<SsoOptions>() is { Enabled: true } sso)
            SsoSignIn.Add(authentication, sso);
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<IOptions<DashboardAuthOptions>, IServiceProvider>((cookie, auth, provider) =>
            {
                cookie.ExpireTimeSpan = auth.Value.SessionLifetime;
                // The session lives in the deployment's store and the cookie only names it: signing out ends it on every host.
                cookie.SessionStore = new GrainTicketStore(provider.GetRequiredService<IGrainFactory>(), auth.Value.SessionLifetime);
            });

        services.AddAuthorizationBuilder()
            .AddPolicy(DashboardPolicies.View, p => p.RequireAuthenticatedUser().RequireRole(DashboardRoles.SeeComplaints))
            .AddPolicy(DashboardPolicies.Act, p => p.RequireAuthenticatedUser().RequireRole(DashboardRoles.Supervisor))
            .AddPolicy(DashboardPolicies.Operate, p => p.RequireAuthenticatedUser().RequireRole(DashboardRoles.Operator));
        foreach (var scope in ApiScopes.All)
        {
            services.AddAuthorizationBuilder().AddPolicy(ApiScopes.PolicyFor(scope),
                p => p.RequireAuthenticatedUser().AddRequirements(new ApiScopeRequirement(scope)));
        }
        services.AddSingleton<IAuthorizationHandler, ApiScopeAuthorizationHandler>();
        // Registered after AddAuthorization's default so it wins: names the missing scope for API keys.
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ApiScopeResultHandler>();
        return services;
    }

    /// <summary>
    /// Data protection reads its key ring when the host starts, from a hosted service that runs before Orleans is up;
    /// ours is in the deployment's store, reached through Orleans, so it is read at the first sign-in instead.
    /// </summary>
    private static void WithoutKeyRingPreload(IServiceCollection services)
    {
        var preload = services.Where(d => d.ServiceType == typeof(IHostedService)
            && d.ImplementationType?.Name == "DataProtectionHostedService").ToList();
        foreach (var descriptor in preload)
            services.Remove(descriptor);
    }

    /// <summary>An API key header wins over everything (integrations); then Basic; browsers use the cookie.</summary>
    private static string SchemeFor(HttpContext context) =>
        context.Request.Headers.ContainsKey(ApiKeyOptions.HeaderName) ? ApiKeyAuthenticationHandler.SchemeName
        : context.Request.Headers.Authorization.ToString().StartsWith("Basic ", StringComparison.OrdinalIgnoreCase) ? BasicAuthenticationHandler.SchemeName
        : CookieAuthenticationDefaults.AuthenticationScheme;

    /// <summary>
    /// Only the pages a person opens (the live board, Orleans' dashboard) are redirected to the sign-in form; the API, the
    /// hub, the OpenAPI document and the scrape endpoint answer 401 problem details.
    /// </summary>
    private static bool IsPage(HttpRequest request) =>
        HttpMethods.IsGet(request.Method)
        && (request.Path.StartsWithSegments(DashboardRoutes.Page.TrimEnd('/'), StringComparison.OrdinalIgnoreCase)
            || request.Path.StartsWithSegments(DashboardRoutes.OrleansDashboard, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// To the sign-in form by a relative URL: the handler builds an absolute one from the request's Host header, which a
    /// caller chooses, so a crafted Host would send the browser to another site.
    /// </summary>
    private static Task Redirect(RedirectContext<CookieAuthenticationOptions> context)
    {
        var target = Uri.TryCreate(context.RedirectUri, UriKind.Absolute, out var absolute) ? absolute.PathAndQuery : context.RedirectUri;
        context.Response.Redirect(target);
        return Task.CompletedTask;
    }
}
