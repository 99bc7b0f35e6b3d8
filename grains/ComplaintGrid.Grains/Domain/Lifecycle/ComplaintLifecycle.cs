namespace ComplaintGrid.Domain.Lifecycle;

/// <summary>
/// The transition table of docs/domain.md's lifecycle: in which statuses each action is allowed. Guards that
/// depend on more than the status (upheld, investigation recorded, feedback) live in <see cref="Complaint"/>.
/// </summary>
public static class ComplaintLifecycle
{
    /// <summary>Statuses in which a complaint may wait on the customer. Not Received: acknowledging never waits on the customer.</summary>
    private static readonly ComplaintStatus[] Holdable =
    [
        ComplaintStatus.Acknowledged, ComplaintStatus.Assessed, ComplaintStatus.Assigned, ComplaintStatus.Investigating,
        ComplaintStatus.RemedyProposed, ComplaintStatus.AwaitingApproval, ComplaintStatus.Implementing, ComplaintStatus.Reopened,
    ];

    private static readonly ComplaintStatus[] Open =
        Enum.GetValues<ComplaintStatus>().Where(s => s != ComplaintStatus.Closed).ToArray();

    private static readonly Dictionary<ComplaintAction, ComplaintStatus[]> AllowedFrom = new()
    {
        [ComplaintAction.Acknowledge] = [ComplaintStatus.Received],
        [ComplaintAction.Assess] = [ComplaintStatus.Acknowledged],
        [ComplaintAction.Route] = [ComplaintStatus.Assessed, ComplaintStatus.Reopened],
        [ComplaintAction.HandOff] = [ComplaintStatus.Assigned, ComplaintStatus.Investigating],
        [ComplaintAction.StartInvestigation] = [ComplaintStatus.Assigned],
        [ComplaintAction.RecordInvestigation] = [ComplaintStatus.Investigating],
        [ComplaintAction.ProposeRemedy] = [ComplaintStatus.Investigating],
        [ComplaintAction.ApproveRemedy] = [ComplaintStatus.AwaitingApproval],
        [ComplaintAction.RejectRemedy] = [ComplaintStatus.AwaitingApproval],
        [ComplaintAction.StartImplementation] = [ComplaintStatus.RemedyProposed],
        [ComplaintAction.Resolve] = [ComplaintStatus.Implementing],
        [ComplaintAction.RecordFeedback] = [ComplaintStatus.Resolved],
        [ComplaintAction.Close] = [ComplaintStatus.Assessed, ComplaintStatus.Resolved],
        [ComplaintAction.PutOnHold] = Holdable,
        [ComplaintAction.Resume] = [ComplaintStatus.OnHold],
        [ComplaintAction.InformCustomer] = Open.Where(s => s != ComplaintStatus.Received).ToArray(),
        [ComplaintAction.RequestEscalation] = Open,
    };

    /// <summary>The statuses from which <paramref name="action"/> is allowed.</summary>
    public static IReadOnlyList<ComplaintStatus> StatusesAllowing(ComplaintAction action) => AllowedFrom[action];

    public static bool IsAllowed(ComplaintAction action, ComplaintStatus status) =>
        Array.IndexOf(AllowedFrom[action], status) >= 0;

    /// <summary>Throws the typed lifecycle error when <paramref name="action"/> is not allowed in <paramref name="status"/>.</summary>
    public static void Require(ComplaintAction action, ComplaintStatus status)
    {
        if (!IsAllowed(action, status))
        {
            throw new ComplaintGridException(
                ErrorCodes.IllegalTransition,
                "status",
                $"{action} is not allowed while the complaint is {status}; it is allowed when {string.Join(" or ", AllowedFrom[action])}.");
        }
    }
}
