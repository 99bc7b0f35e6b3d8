using System.ComponentModel.DataAnnotations;

namespace ComplaintGrid.Api.Requests;

/// <summary>The body of <c>POST /api/complaints/{id}/feedback</c>.</summary>
public sealed record FeedbackRequest([property: Required] bool? Satisfied, string? Comment)
{
    public RecordFeedback ToCommand()
    {
        var check = new RuleCheck();
        RequestRules.Present(check, "satisfied", Satisfied);
        check.ThrowIfAny();
        return new RecordFeedback(Satisfied!.Value, Comment);
    }
}
