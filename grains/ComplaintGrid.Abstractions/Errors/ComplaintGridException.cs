namespace ComplaintGrid;

/// <summary>
/// A command was refused: its input broke a validation rule or the lifecycle does not allow it now.
/// The state of every grain involved is exactly as it was before the command. Reaches Orleans-client
/// callers intact; the HTTP API maps it to a problem-details response.
/// </summary>
[GenerateSerializer, Alias("cg.ComplaintGridException")]
public sealed class ComplaintGridException : Exception
{
    /// <summary>Creates the exception for one or more broken rules.</summary>
    public ComplaintGridException(IReadOnlyList<ComplaintGridError> errors)
        : base(Describe(errors))
    {
        Errors = errors;
    }

    /// <summary>Creates the exception for a single broken rule.</summary>
    public ComplaintGridException(string code, string field, string message)
        : this([new ComplaintGridError(code, field, message)])
    {
    }

    /// <summary>The broken rules, at least one.</summary>
    [Id(0)]
    public IReadOnlyList<ComplaintGridError> Errors { get; private set; }

    /// <summary>The first rule's code, for callers that branch on one.</summary>
    public string Code => Errors.Count > 0 ? Errors[0].Code : ErrorCodes.Unknown;

    /// <summary>True when the command was refused by the lifecycle (retrying it unchanged will not help).</summary>
    public bool IsLifecycleError => Errors.Any(e => e.Code.StartsWith(ErrorCodes.TransitionPrefix, StringComparison.Ordinal));

    private static string Describe(IReadOnlyList<ComplaintGridError> errors) =>
        errors.Count == 1
            ? $"{errors[0].Field}: {errors[0].Message} ({errors[0].Code})"
            : string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message} ({e.Code})"));
}
