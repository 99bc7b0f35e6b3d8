using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintGrid.Dashboard.Auth;

/// <summary>401 and 403 as problem details with a stable code, like every other API error.</summary>
internal static class AuthProblems
{
    public const string Required = "auth.required";
    public const string Forbidden = "auth.forbidden";

    public static async Task Write(HttpContext context, int status)
    {
        var unauthorized = status == StatusCodes.Status401Unauthorized;
        var code = unauthorized ? Required : Forbidden;
        var problem = new ProblemDetails
        {
            Type = $"https://complaintgrid.dev/errors/{code}",
            Title = unauthorized ? "Sign-in required" : "Not allowed for your role",
            Status = status,
            Detail = unauthorized
                ? "Sign in at /signin, or send HTTP Basic credentials of a configured user (ComplaintGrid:Dashboard:Users)."
                : "Only a supervisor may act; a lead may view.",
            Instance = context.Request.Path,
        };
        problem.Extensions["code"] = code;
        problem.Extensions["field"] = null;
        problem.Extensions["errors"] = new[] { new { code, field = (string?)null, message = problem.Detail } };
        context.Response.StatusCode = status;
        // Browsers (they send Sec-Fetch-Mode) would answer a Basic challenge with a native password dialog over the page.
        if (unauthorized && !context.Request.Headers.ContainsKey("Sec-Fetch-Mode"))
            context.Response.Headers.WWWAuthenticate = "Basic realm=\"ComplaintGrid\", charset=\"UTF-8\"";
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = problem,
        });
    }
}
