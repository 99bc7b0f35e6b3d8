using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace ComplaintGrid.Api.Auth.Throttling;

/// <summary>
/// The 429 answer to a sign-in that was not checked: <c>Retry-After</c> in seconds, a problem for scripts, and a short page
/// for a browser that posted the form.
/// </summary>
internal static class SignInThrottled
{
    public const string Code = ErrorCodes.Throttled;

    public const string Title = "Too many failed sign-ins";

    public static string Detail(int seconds) =>
        $"Too many failed sign-ins for this user name or from this address: try again in {seconds} s.";

    public static IResult Result(HttpContext context, int seconds)
    {
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        if (context.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase))
        {
            return TypedResults.Content(
                $"<!doctype html><meta charset=\"utf-8\"><title>{Title} · ComplaintGrid</title><link rel=\"stylesheet\" href=\"/signin.css\">"
                + $"<main class=\"signin\"><h1>{Title}</h1><p role=\"alert\">{Detail(seconds)}</p><p><a href=\"{DashboardAuthExtensions.SignInPath}\">Back to sign-in</a></p></main>",
                "text/html; charset=utf-8", statusCode: StatusCodes.Status429TooManyRequests);
        }
        return TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: Title, detail: Detail(seconds),
            type: $"https://complaintgrid.dev/errors/{Code}",
            extensions: new Dictionary<string, object?> { ["code"] = Code, ["field"] = null, ["retryAfterSeconds"] = seconds });
    }
}
