using ComplaintGrid.Domain.Lifecycle;

namespace ComplaintGrid.Domain.Privacy;

/// <summary>
/// Which texts of a complaint may hold personal data, and what each becomes when erased: every free text turns into
/// <see cref="ErasedText.Marker"/>, while the facts stay (actors, times, kinds of step, statuses, clocks, amounts,
/// departments, and the staff named as accountable owner and 8D team, who answer for the complaint). Every method is
/// idempotent: erasing an erased text changes nothing.
/// </summary>
public static class PersonalDataEraser
{
    // Timeline entries whose detail ends in words someone typed: after the first ": " (the detail's own prefix is
    // ComplaintGrid's: a kind, an amount, departments, a level), or the whole detail when it is a message.
    private static readonly HashSet<ComplaintEventKind> TextAfterPrefix =
    [
        ComplaintEventKind.Assessed, ComplaintEventKind.HandedOff, ComplaintEventKind.InvestigationRecorded,
        ComplaintEventKind.RemedyProposed, ComplaintEventKind.RemedyRejected, ComplaintEventKind.FeedbackRecorded,
        ComplaintEventKind.Closed, ComplaintEventKind.PutOnHold, ComplaintEventKind.EscalationRequested,
    ];

    private static readonly HashSet<ComplaintEventKind> WholeMessage =
    [
        ComplaintEventKind.Acknowledged, ComplaintEventKind.Resolved, ComplaintEventKind.CustomerInformed,
    ];

    /// <summary>The approval detail's own words; a supervisor's note follows them.</summary>
    private const string ApprovedPrefix = "Remedy approved.";

    /// <summary>Erases every personal text in <paramref name="state"/>, its outbox included; true when anything changed.</summary>
    public static bool Erase(ComplaintState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var changed = false;
        state.Record = Changed(state.Record, Erase(state.Record), ref changed);
        state.Classification = Changed(state.Classification, Erase(state.Classification), ref changed);
        state.Investigation = Changed(state.Investigation, Erase(state.Investigation), ref changed);
        state.Remedy = Changed(state.Remedy, Erase(state.Remedy), ref changed);
        state.Approval = Changed(state.Approval, Erase(state.Approval), ref changed);
        state.Feedback = Changed(state.Feedback, Erase(state.Feedback), ref changed);
        state.Evaluation = Changed(state.Evaluation, Erase(state.Evaluation), ref changed);
        for (var i = 0; i < state.Timeline.Count; i++)
            state.Timeline[i] = Changed(state.Timeline[i], Erase(state.Timeline[i]), ref changed)!;
        // Undelivered events carry the summary as it was, reference included.
        for (var i = 0; i < state.Outbox.Count; i++)
        {
            var p = state.Outbox[i];
            state.Outbox[i] = Changed(p, p with { Event = Erase(p.Event) }, ref changed)!;
        }
        return changed;
    }

    /// <summary>The filing with its description and reference erased.</summary>
    public static FileComplaint? Erase(FileComplaint? r) =>
        r is null ? null : r with { Description = ErasedText.Marker, Reference = ErasedText.Of(r.Reference) };

    public static Classification? Erase(Classification? c) =>
        c is null ? null : c with { OvertWants = ErasedText.Of(c.OvertWants), Explanation = ErasedText.Of(c.Explanation) };

    public static InvestigationRecord? Erase(InvestigationRecord? i) =>
        i is null ? null : i with
        {
            RootCause = ErasedText.Marker,
            EightD = i.EightD is not { } d ? null : d with
            {
                ProblemDescription = ErasedText.Marker,
                Containment = ErasedText.Marker,
                RootCause = ErasedText.Marker,
                CorrectiveAction = ErasedText.Marker,
                Verification = ErasedText.Of(d.Verification),
                Prevention = ErasedText.Of(d.Prevention),
            },
        };

    public static RemedyRecord? Erase(RemedyRecord? r) => r is null ? null : r with { Description = ErasedText.Marker };

    public static ApprovalRecord? Erase(ApprovalRecord? a) => a is null ? null : a with { Note = ErasedText.Of(a.Note) };

    public static FeedbackRecord? Erase(FeedbackRecord? f) => f is null ? null : f with { Comment = ErasedText.Of(f.Comment) };

    public static EvaluationRecord? Erase(EvaluationRecord? e) =>
        e is null ? null : e with
        {
            Lessons = ErasedText.Of(e.Lessons),
            PreventionAction = ErasedText.Of(e.PreventionAction),
            Verification = ErasedText.Of(e.Verification),
        };

    /// <summary>The entry with the words someone typed erased and ComplaintGrid's own words (what kind of step, amounts, departments) kept.</summary>
    public static TimelineEntry Erase(TimelineEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        string detail;
        if (WholeMessage.Contains(entry.Kind))
            detail = ErasedText.Marker;
        else if (TextAfterPrefix.Contains(entry.Kind))
        {
            var colon = entry.Detail.IndexOf(": ", StringComparison.Ordinal);
            detail = colon < 0 ? ErasedText.Marker : entry.Detail[..(colon + 2)] + ErasedText.Marker;
        }
        else if (entry.Kind == ComplaintEventKind.RemedyApproved && entry.Detail.Length > ApprovedPrefix.Length
            && entry.Detail.StartsWith(ApprovedPrefix, StringComparison.Ordinal))
            detail = ApprovedPrefix + " " + ErasedText.Marker;
        else
            return entry;
        return string.Equals(detail, entry.Detail, StringComparison.Ordinal) ? entry : entry with { Detail = detail };
    }

    /// <summary>The summary views keep, with its reference erased.</summary>
    public static ComplaintSummary Erase(ComplaintSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return summary.Reference is null || ErasedText.Is(summary.Reference) ? summary : summary with { Reference = ErasedText.Marker };
    }

    /// <summary>The event with its summary erased.</summary>
    public static ComplaintEvent Erase(ComplaintEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var summary = Erase(e.Summary);
        return ReferenceEquals(summary, e.Summary) ? e : e with { Summary = summary };
    }

    private static T? Changed<T>(T? before, T? after, ref bool changed) where T : class
    {
        if (!Equals(before, after))
            changed = true;
        return after;
    }
}
