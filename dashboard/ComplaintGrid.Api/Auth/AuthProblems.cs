using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintGrid.Api.Auth;

/// <summary>401 and 403 as problem details with a stable code, like every other API error.</summary>
internal static class AuthProblems
{
    public const string Required = ErrorCodes.AuthRequired;
    public const string Forbidden = ErrorCodes.AuthForbidden;
    public const string ScopeRequired = ErrorCodes.ScopeRequired;

    public static async Task Write(HttpContext context, int status)
    {
        var unauthorized = status == StatusCodes.Status401Unauthorized;
        var withKey = context.Request.Headers.ContainsKey(ApiKeyOptions.HeaderName);
        var code = unauthorized ? Required : Forbidden;
        var title = unauthorized ? "Sign-in required" : "Not allowed for your role";
        var detail = (unauthorized, withKey) switch
        {
            (true, true) => $"The {ApiKeyOptions.HeaderName} header holds no configured API key (ComplaintGrid:Api:Keys).",
            (true, false) => $"Sign in at /signin, send HTTP Basic credentials of a configured user (ComplaintGrid:Dashboard:Users), or an API key in {ApiKeyOptions.HeaderName}.",
            (false, true) => "API keys may call the HTTP API only.",
            _ => "Not for your role: leads view the dashboard and read the API, supervisors also act, operators see Orleans' dashboard and /metrics.",
        };
        // A browser's page gets a page that says why and how to sign in as someone else; programs keep problem+json.
        if (!unauthorized && !withKey && RefusalPage.Wanted(context.Request))
        {
            await RefusalPage.Write(context, detail);
            return;
        }
        context.Response.StatusCode = status;
        // Browsers (they send Sec-Fetch-Mode) would answer a Basic challenge with a native password dialog over the page.
        if (unauthorized && withKey)
            context.Response.Headers.WWWAuthenticate = $"{ApiKeyAuthenticationHandler.SchemeName} realm=\"ComplaintGrid\", header=\"{ApiKeyOptions.HeaderName}\"";
        else if (unauthorized && !context.Request.Headers.ContainsKey("Sec-Fetch-Mode"))
            context.Response.Headers.WWWAuthenticate = "Basic realm=\"ComplaintGrid\", charset=\"UTF-8\"";
        await WriteProblem(context, status, code, title, detail, null);
    }

    /// <summary>403 for an API key that lacks the endpoint's scope, naming the scope so the integrator knows what to ask for.</summary>
    public static Task WriteScopeRequired(HttpContext context, string scope)
    {
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return WriteProblem(context, StatusCodes.Status403Forbidden, ScopeRequired, "API key lacks a scope",
            $"This API key lacks the '{scope}' scope this endpoint needs.", scope);
    }

    private static async Task WriteProblem(HttpContext context, int status, string code, string title, string detail, string? scope)
    {
        var problem = new ProblemDetails
        {
            Type = $"https://complaintgrid.dev/errors/{code}",
            Title = title,
            Status = status,
            Detail = detail,
            Instance = context.Request.Path,
        };
        problem.Extensions["code"] = code;
        problem.Extensions["field"] = null;
        if (scope is not null)
            problem.Extensions["scope"] = scope;
        problem.Extensions["errors"] = new[] { new { code, field = (string?)null, message = detail } };
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = problem,
        });
    }
}
