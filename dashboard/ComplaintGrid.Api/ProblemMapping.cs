using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace ComplaintGrid.Api;

/// <summary>Maps broken rules to problem details: the HTTP status for a code, and the body every error carries.</summary>
public static class ProblemMapping
{
    public static int StatusFor(string code) => code switch
    {
        ErrorCodes.NotFound => StatusCodes.Status404NotFound,
        ErrorCodes.UnknownDepartment => StatusCodes.Status404NotFound,
        ErrorCodes.UnknownCustomer => StatusCodes.Status404NotFound,
        ErrorCodes.IllegalTransition or ErrorCodes.TransitionGuard or ErrorCodes.IdempotencyConflict or ErrorCodes.NotFlagged => StatusCodes.Status409Conflict,
        _ when code.StartsWith(ErrorCodes.ApprovalPrefix, StringComparison.Ordinal) => StatusCodes.Status409Conflict,
        // Who the caller may act as (ActingErrors): a rule of the door, not of the body's shape.
        _ when code.StartsWith(ErrorCodes.AuthPrefix, StringComparison.Ordinal) => StatusCodes.Status403Forbidden,
        _ => StatusCodes.Status400BadRequest,
    };

    public static ProblemDetails ToProblem(IReadOnlyList<ComplaintGridError> errors, int status, string? instance)
    {
        var first = errors[0];
        var problem = new ProblemDetails
        {
            Type = $"https://complaintgrid.dev/errors/{first.Code}",
            Title = TitleFor(status),
            Status = status,
            Detail = string.Join(" ", errors.Select(e => e.Message)),
            Instance = instance,
        };
        problem.Extensions["code"] = first.Code;
        problem.Extensions["field"] = first.Field;
        problem.Extensions["errors"] = errors.Select(e => new { code = e.Code, field = e.Field, message = e.Message }).ToArray();
        return problem;
    }

    private static string TitleFor(int status) => status switch
    {
        StatusCodes.Status403Forbidden => "Not allowed for who is calling",
        StatusCodes.Status404NotFound => "Not found",
        StatusCodes.Status409Conflict => "Not allowed in the complaint's current state",
        StatusCodes.Status413PayloadTooLarge => "Request too large",
        StatusCodes.Status429TooManyRequests => "Too many requests; retry later",
        StatusCodes.Status503ServiceUnavailable => "Temporarily unavailable; retry",
        _ => "The request broke a rule",
    };
}
