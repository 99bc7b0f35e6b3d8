using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace ComplaintGrid.Api;

/// <summary>
/// Turns refused commands and unreadable request bodies into problem details naming the field and rule;
/// anything else is left to the default handler (a 500 without internals).
/// </summary>
public sealed class ComplaintGridExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        IReadOnlyList<ComplaintGridError> errors;
        int status;
        switch (Cause(exception))
        {
            case ComplaintGridException refused:
                errors = refused.Errors;
                status = ProblemMapping.StatusFor(refused.Code);
                break;
            case ComplaintGridUnavailableException unavailable:
                errors = [new ComplaintGridError("service.unavailable", "body", unavailable.Message)];
                status = StatusCodes.Status503ServiceUnavailable;
                httpContext.Response.Headers.RetryAfter = "1";
                break;
            case SiloUnavailableException or OrleansMessageRejectionException or GatewayTooBusyException or TimeoutException:
                // The cluster did not answer (a silo lost, a call timed out): the command may or may not have landed, and
                // repeating it is safe (filings are idempotent; a landed action answers complaint.transition.illegal).
                errors = [new ComplaintGridError("service.unavailable", "body", "The cluster did not answer in time; retry the request.")];
                status = StatusCodes.Status503ServiceUnavailable;
                httpContext.Response.Headers.RetryAfter = "1";
                break;
            case BadHttpRequestException { InnerException: JsonException json }:
                errors = [FromJson(json)];
                status = StatusCodes.Status400BadRequest;
                break;
            case BadHttpRequestException bad:
                errors = [FromBadRequest(bad, httpContext.Request)];
                status = bad.StatusCode;
                break;
            default:
                return false;
        }

        httpContext.Response.StatusCode = status;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = ProblemMapping.ToProblem(errors, status, httpContext.Request.Path),
            Exception = exception,
        });
    }

    /// <summary>
    /// What a grain threw, without Orleans' wrapping: a store that fails while a grain activates (a database outage)
    /// reaches the caller as an <see cref="OrleansException"/> around the grain's own exception.
    /// </summary>
    private static Exception Cause(Exception exception) => exception switch
    {
        OrleansException { InnerException: { } inner } when inner is ComplaintGridException or ComplaintGridUnavailableException or OrleansException => Cause(inner),
        AggregateException { InnerExceptions.Count: 1 } aggregate => Cause(aggregate.InnerExceptions[0]),
        _ => exception,
    };

    private static ComplaintGridError FromBadRequest(BadHttpRequestException bad, HttpRequest request)
    {
        if (bad.StatusCode == StatusCodes.Status413PayloadTooLarge)
            return TooLarge();
        if (request.ContentLength is null or 0)
            return new ComplaintGridError(ErrorCodes.BodyRequired, "body", "A JSON body is required.");
        return new ComplaintGridError(ErrorCodes.Malformed, "body", "The request could not be read.");
    }

    /// <summary>The body size rule, for the handler and the early Content-Length check alike.</summary>
    public static ComplaintGridError TooLarge() =>
        new(ErrorCodes.TooLarge, "body", $"The body must be at most {ComplaintGridApiExtensions.MaxRequestBodyBytes / 1024} KiB.");

    private static ComplaintGridError FromJson(JsonException json)
    {
        if (json.InnerException?.Message.Contains("depth", StringComparison.OrdinalIgnoreCase) == true
            || json.Message.Contains("maximum configured depth", StringComparison.OrdinalIgnoreCase))
        {
            return new ComplaintGridError(ErrorCodes.TooDeep, "body", "The body is nested too deeply to be a complaint command.");
        }
        var field = FieldFromPath(json.Path);
        // The reader's own errors (JsonReaderException, a JsonException) are broken syntax: truncated, NaN, bad tokens.
        // Those are the body's fault, not a field's, wherever the reader happened to be.
        if (json.InnerException is JsonException)
        {
            var near = field == "body" ? "" : $" (near {field})";
            return new ComplaintGridError(ErrorCodes.MalformedJson, "body", $"The body is not valid JSON{near}.");
        }
        // Our enum converter's messages already state the rule; System.Text.Json's own name CLR types, so restate them.
        var message = json.Message.StartsWith("must be one of", StringComparison.Ordinal)
            ? $"{field} {json.Message}"
            : field == "body"
                ? "The body is not valid JSON."
                : $"{field} has a value of the wrong type.";
        var code = json.Message.StartsWith("must be one of", StringComparison.Ordinal) ? ErrorCodes.UnknownValue
            : field == "body" ? ErrorCodes.MalformedJson : ErrorCodes.WrongType;
        return new ComplaintGridError(code, field, message);
    }

    /// <summary><c>$.eightD.team</c> becomes <c>eightD.team</c>; <c>$.underlyingWants[1]</c> becomes <c>underlyingWants</c>.</summary>
    private static string FieldFromPath(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
            return "body";
        var field = path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
        var bracket = field.IndexOf('[', StringComparison.Ordinal);
        if (bracket >= 0)
            field = field[..bracket];
        return field.Length == 0 ? "body" : field;
    }
}
