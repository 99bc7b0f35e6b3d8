using System.ComponentModel.DataAnnotations;

namespace ComplaintGrid.Api.Requests;

/// <summary>The body of <c>POST /api/complaints</c>. Nullable so a missing field is named, never defaulted.</summary>
public sealed record FileComplaintRequest(
    [property: Required] string? CustomerId,
    [property: Required] Channel? Channel,
    [property: Required] SubjectKind? Subject,
    string? Reference,
    [property: Required] string? Description,
    [property: Required] Demand? Demand,
    [property: Required] Category? Category,
    [property: Required] Severity? Severity,
    string? IdempotencyKey)
{
    /// <summary>The command, with <paramref name="headerKey"/> (the Idempotency-Key header) used when the body has none.</summary>
    public FileComplaint ToCommand(string? headerKey)
    {
        var key = IdempotencyKey ?? headerKey;
        var check = new RuleCheck();
        RequestRules.Present(check, "channel", Channel);
        RequestRules.Present(check, "subject", Subject);
        RequestRules.Present(check, "demand", Demand);
        RequestRules.Present(check, "category", Category);
        RequestRules.Present(check, "severity", Severity);
        if (IdempotencyKey is not null && headerKey is not null && IdempotencyKey != headerKey)
            check.Fail(ErrorCodes.NotAllowed, "idempotencyKey", "idempotencyKey in the body and the Idempotency-Key header differ; send one, or the same in both.");
        var command = new FileComplaint(CustomerId!, Channel.GetValueOrDefault(), Subject.GetValueOrDefault(), Reference, Description!,
            Demand.GetValueOrDefault(), Category.GetValueOrDefault(), Severity.GetValueOrDefault(), key!);
        // Report missing enums together with the command's own rules.
        try
        {
            CommandValidator.Validate(command);
        }
        catch (ComplaintGridException ex)
        {
            foreach (var error in ex.Errors)
                check.Fail(error.Code, error.Field, error.Message);
        }
        check.ThrowIfAny();
        return command;
    }
}
