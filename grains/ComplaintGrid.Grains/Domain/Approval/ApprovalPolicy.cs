namespace ComplaintGrid.Domain.Approval;

/// <summary>docs/domain.md, step 7: a supervisor approves remedies above the threshold or on critical complaints.</summary>
public sealed class ApprovalPolicy(ApprovalOptions options)
{
    public decimal CompensationThreshold => options.CompensationThreshold;

    /// <summary>
    /// Whether a supervisor must approve. Priority, not severity, is used: a complaint whose breaches raised it
    /// to critical gets the same oversight as one filed critical.
    /// </summary>
    public bool RequiresApproval(Severity priority, RemedyKind kind, decimal? amount) =>
        priority == Severity.Critical
        || (CommandValidator.IsMonetary(kind) && amount > options.CompensationThreshold);
}
