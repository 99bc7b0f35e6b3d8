using System.Text;
using ComplaintGrid.Domain.Lifecycle;

namespace ComplaintGrid.History;

/// <summary>Builds a complaint's history row from its state: the one definition the projection, check and rebuild share.</summary>
public static class ComplaintHistoryRecords
{
    /// <summary>The row for a filed complaint's state as it stands.</summary>
    public static ComplaintHistoryRecord From(ComplaintState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var r = state.Record ?? throw new ArgumentException("Only a filed complaint has a history row.", nameof(state));
        return new ComplaintHistoryRecord
        {
            ComplaintId = state.Id,
            CustomerId = r.CustomerId,
            Reference = r.Reference,
            Status = state.Status,
            DepartmentId = state.DepartmentId,
            Channel = r.Channel,
            Category = r.Category,
            Severity = r.Severity,
            Priority = state.Priority,
            Upheld = state.Classification?.Upheld,
            Type = state.Classification?.Type,
            Cause = state.Classification?.Cause,
            Outcome = state.Outcome,
            FiledAt = state.FiledAt,
            AcknowledgedAt = state.AcknowledgedAt,
            ResolvedAt = state.ResolvedAt,
            ClosedAt = state.ClosedAt,
            FirstResponseMet = state.FirstResponse.Met,
            ResolutionMet = state.ResolvedAt is null ? null : state.Resolution.Met,
            BreachCount = state.BreachCount,
            ReopenCount = state.ReopenCount,
            HandOffCount = state.HandOffCount,
            EscalationLevel = state.EscalationLevel,
            Satisfied = state.Feedback?.Satisfied,
            RemedyKind = state.Remedy?.Kind,
            RemedyAmount = state.Remedy?.Amount,
            RootCause = state.Investigation?.RootCause,
            Lessons = state.Evaluation?.Lessons,
            Prevention = state.Evaluation?.PreventionAction,
            SearchText = SearchText(state),
            LastSequence = state.Sequence,
        };
    }

    /// <summary>
    /// The text free-text search looks in: the customer's words and what the centre wrote about them. This is the one
    /// place the row takes personal text from the complaint: erasing a customer's personal data blanks it in the
    /// complaint's state, and the row built after that erasure event (its sequence is higher) carries the blank text.
    /// </summary>
    public static string SearchText(ComplaintState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var text = new StringBuilder();
        Append(text, state.Record?.Reference);
        Append(text, state.Record?.Description);
        Append(text, state.Classification?.OvertWants);
        Append(text, state.Classification?.Explanation);
        Append(text, state.Investigation?.RootCause);
        Append(text, state.Remedy?.Description);
        Append(text, state.Feedback?.Comment);
        Append(text, state.Evaluation?.Lessons);
        Append(text, state.Evaluation?.PreventionAction);
        return text.ToString();
    }

    private static void Append(StringBuilder text, string? part)
    {
        if (string.IsNullOrWhiteSpace(part))
            return;
        if (text.Length > 0)
            text.Append('\n');
        text.Append(part);
    }
}
