using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ComplaintGrid.Api.OpenApi;

/// <summary>
/// The error responses the API really gives, as endpoint metadata the OpenAPI document reads
/// (<see cref="ProblemResponseTransformer"/> describes each status): every operation can meet the door
/// (401, 403, 429) and a cluster that does not answer (503); a JSON body adds 400, 413 and 415.
/// </summary>
public static class ProblemResponses
{
    /// <summary>401 without a caller, 403 for a caller without the scope or role, 429 over the rate limit, 503 while the cluster does not answer.</summary>
    public static TBuilder ProducesCallerProblems<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

    /// <summary>400 for a broken field rule or unreadable JSON, 413 over the body limit, 415 for a body that is not JSON.</summary>
    public static RouteHandlerBuilder ProducesBodyProblems(this RouteHandlerBuilder builder) =>
        builder.ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

    /// <summary>What each error status means here, with the codes it carries.</summary>
    internal static string Describe(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "A field, parameter or the body broke a rule; nothing changed: " + Codes(ErrorCodes.Required, ErrorCodes.TooLong,
            ErrorCodes.InvalidIdentifier, ErrorCodes.ControlCharacters, ErrorCodes.InvalidText, ErrorCodes.UnknownValue, ErrorCodes.WrongType,
            ErrorCodes.OutOfRange, ErrorCodes.NotAllowed, ErrorCodes.EightDRequired, ErrorCodes.MalformedJson, ErrorCodes.Malformed,
            ErrorCodes.BodyRequired, ErrorCodes.TooDeep, ErrorCodes.TooFewOutcomes) + ".",
        StatusCodes.Status401Unauthorized => $"No caller: send an API key in X-Api-Key or HTTP Basic credentials ({ErrorCodes.AuthRequired}).",
        StatusCodes.Status403Forbidden => "The caller may not do this: " + Codes(ErrorCodes.AuthForbidden, ErrorCodes.ScopeRequired,
            ErrorCodes.ActorMismatch, ErrorCodes.ActAsForbidden) + ".",
        StatusCodes.Status404NotFound => $"No such complaint ({ErrorCodes.NotFound}), department ({ErrorCodes.UnknownDepartment}) or customer with complaints ({ErrorCodes.UnknownCustomer}) for this caller.",
        StatusCodes.Status409Conflict => "The complaint's lifecycle does not allow this now; nothing changed: " + Codes(ErrorCodes.IllegalTransition,
            ErrorCodes.TransitionGuard, ErrorCodes.SamePersonApproval, ErrorCodes.IdempotencyConflict) + ".",
        StatusCodes.Status413PayloadTooLarge => $"The body is over {ComplaintGridApiExtensions.MaxRequestBodyBytes / 1024} KiB ({ErrorCodes.TooLarge}).",
        StatusCodes.Status415UnsupportedMediaType => $"The body is not sent as Content-Type: application/json ({ErrorCodes.UnsupportedMediaType}).",
        StatusCodes.Status429TooManyRequests => $"Over this caller's rate limit ({ErrorCodes.RateLimited}); retry after Retry-After seconds.",
        StatusCodes.Status503ServiceUnavailable => "The cluster did not answer or could not store the change (service.unavailable); safe to retry after Retry-After seconds.",
        _ => "The request was refused.",
    };

    private static string Codes(params string[] codes) => string.Join(", ", codes);
}
