using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintGrid.Api;

/// <summary>
/// Problem details for the API's bare error statuses, those the framework sets without a body: no route (404), the
/// wrong method (405), a body that is not JSON by its content type (415). Every <c>/api</c> error then carries
/// <c>code</c> and <c>field</c>, like the errors the API raises itself.
/// </summary>
public static class ApiStatusProblems
{
    public static async Task WriteAsync(StatusCodeContext context)
    {
        var http = context.HttpContext;
        if (!http.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
            return;
        var status = http.Response.StatusCode;
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = ProblemMapping.ToProblem([ErrorFor(status, http.Request)], status, http.Request.Path),
        });
    }

    private static ComplaintGridError ErrorFor(int status, HttpRequest request) => status switch
    {
        StatusCodes.Status404NotFound => new(ErrorCodes.NoRoute, "path", "No API endpoint has this path; see /openapi/v1.json."),
        StatusCodes.Status405MethodNotAllowed => new(ErrorCodes.MethodNotAllowed, "method", $"{request.Method} is not allowed on this path; see /openapi/v1.json."),
        StatusCodes.Status415UnsupportedMediaType => new(ErrorCodes.UnsupportedMediaType, "body", "The body must be JSON, sent as Content-Type: application/json."),
        StatusCodes.Status413PayloadTooLarge => ComplaintGridExceptionHandler.TooLarge(),
        _ => new(ErrorCodes.Refused, "request", "The request was refused."),
    };
}
