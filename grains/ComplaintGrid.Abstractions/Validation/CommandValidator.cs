namespace ComplaintGrid;

/// <summary>
/// Input rules for every command, independent of the complaint's state. Field names are the camelCase
/// wire names so HTTP and .NET callers read the same message. Lifecycle rules live with the complaint.
/// </summary>
public static class CommandValidator
{
    /// <summary>Remedies that are money and so need an amount.</summary>
    public static bool IsMonetary(RemedyKind kind) => kind is RemedyKind.Refund or RemedyKind.Discount or RemedyKind.Compensation;

    /// <summary>Validates a filing.</summary>
    public static void Validate(FileComplaint c)
    {
        ArgumentNullException.ThrowIfNull(c);
        new RuleCheck()
            .Identifier("customerId", c.CustomerId)
            .Known("channel", c.Channel)
            .Known("subject", c.Subject)
            .OptionalText("reference", c.Reference, FieldLimits.ReferenceMaxLength)
            .RequiredText("description", c.Description, FieldLimits.DescriptionMaxLength)
            .Known("demand", c.Demand)
            .Known("category", c.Category)
            .Known("severity", c.Severity)
            .Identifier("idempotencyKey", c.IdempotencyKey, FieldLimits.IdempotencyKeyMaxLength)
            .ThrowIfAny();
    }

    /// <summary>Validates an acknowledgement.</summary>
    public static void Validate(AcknowledgeComplaint c) =>
        new RuleCheck().Identifier("actor", c.Actor).RequiredText("message", c.Message).ThrowIfAny();

    /// <summary>Validates an assessment.</summary>
    public static void Validate(AssessComplaint c)
    {
        var check = new RuleCheck()
            .Identifier("actor", c.Actor)
            .Known("type", c.Type)
            .Known("cause", c.Cause)
            .OptionalText("overtWants", c.OvertWants)
            .OptionalText("explanation", c.Explanation);
        var wants = c.UnderlyingWants ?? [];
        foreach (var want in wants)
            check.Known("underlyingWants", want);
        if (wants.Distinct().Count() != wants.Count)
            check.Fail(ErrorCodes.NotAllowed, "underlyingWants", "underlyingWants must not repeat a value.");
        if (!c.Upheld && string.IsNullOrWhiteSpace(c.Explanation))
            check.Fail(ErrorCodes.Required, "explanation", "explanation is required when the complaint is not upheld: the customer is owed a courteous reason.");
        check.ThrowIfAny();
    }

    /// <summary>Validates a routing.</summary>
    public static void Validate(RouteComplaint c)
    {
        var check = new RuleCheck().Identifier("actor", c.Actor);
        if (c.DepartmentId is not null)
            check.Identifier("departmentId", c.DepartmentId);
        check.ThrowIfAny();
    }

    /// <summary>Validates a hand-off.</summary>
    public static void Validate(HandOffComplaint c) =>
        new RuleCheck().Identifier("actor", c.Actor).Identifier("toDepartmentId", c.ToDepartmentId).RequiredText("reason", c.Reason).ThrowIfAny();

    /// <summary>Validates the start of an investigation.</summary>
    public static void Validate(StartInvestigation c) =>
        new RuleCheck().Identifier("actor", c.Actor).Identifier("ownerAgentId", c.OwnerAgentId).ThrowIfAny();

    /// <summary>Validates investigation findings.</summary>
    public static void Validate(RecordInvestigation c)
    {
        var check = new RuleCheck()
            .Identifier("actor", c.Actor)
            .RequiredText("rootCause", c.RootCause)
            .RequiredText("accountableOwner", c.AccountableOwner, FieldLimits.ReferenceMaxLength);
        if (c.EightD is { } d)
        {
            check.RequiredText("eightD.team", d.Team)
                .RequiredText("eightD.problemDescription", d.ProblemDescription)
                .RequiredText("eightD.containment", d.Containment)
                .RequiredText("eightD.rootCause", d.RootCause)
                .RequiredText("eightD.correctiveAction", d.CorrectiveAction)
                .OptionalText("eightD.verification", d.Verification)
                .OptionalText("eightD.prevention", d.Prevention);
        }
        check.ThrowIfAny();
    }

    /// <summary>Validates an erasure of personal texts.</summary>
    public static void Validate(ErasePersonalData c)
    {
        ArgumentNullException.ThrowIfNull(c);
        new RuleCheck().Identifier("actor", c.Actor).ThrowIfAny();
    }

    /// <summary>Validates the clearing of a bad-faith flag: a supervisor and a reason.</summary>
    public static void Validate(ClearBadFaith c)
    {
        ArgumentNullException.ThrowIfNull(c);
        new RuleCheck().Identifier("actor", c.Actor).RequiredText("reason", c.Reason).ThrowIfAny();
    }

    /// <summary>Validates an outcome: a known value, and a time not in the future (checked by the customer, whose clock it is).</summary>
    public static void Validate(RecordCustomerOutcome c)
    {
        ArgumentNullException.ThrowIfNull(c);
        new RuleCheck().Known("outcome", c.Outcome).ThrowIfAny();
    }

    /// <summary>Validates a remedy proposal.</summary>
    public static void Validate(ProposeRemedy c)
    {
        var check = new RuleCheck().Identifier("actor", c.Actor).Known("kind", c.Kind).RequiredText("description", c.Description);
        if (IsMonetary(c.Kind))
        {
            if (c.Amount is null)
                check.Fail(ErrorCodes.Required, "amount", $"amount is required for a {c.Kind} remedy.");
            else
                check.Amount("amount", c.Amount.Value);
        }
        else if (c.Amount is not null && Enum.IsDefined(c.Kind))
        {
            check.Fail(ErrorCodes.NotAllowed, "amount", $"amount is only allowed for Refund, Discount and Compensation remedies, not {c.Kind}.");
        }
        check.ThrowIfAny();
    }

    /// <summary>Validates an approval.</summary>
    public static void Validate(ApproveRemedy c) =>
        new RuleCheck().Identifier("supervisor", c.Supervisor).OptionalText("note", c.Note).ThrowIfAny();

    /// <summary>Validates a rejection.</summary>
    public static void Validate(RejectRemedy c) =>
        new RuleCheck().Identifier("supervisor", c.Supervisor).RequiredText("reason", c.Reason).ThrowIfAny();

    /// <summary>Validates the start of implementation.</summary>
    public static void Validate(StartImplementation c) =>
        new RuleCheck().Identifier("actor", c.Actor).ThrowIfAny();

    /// <summary>Validates a resolution.</summary>
    public static void Validate(ResolveComplaint c) =>
        new RuleCheck().Identifier("actor", c.Actor).RequiredText("customerMessage", c.CustomerMessage).ThrowIfAny();

    /// <summary>Validates customer feedback.</summary>
    public static void Validate(RecordFeedback c) =>
        new RuleCheck().OptionalText("comment", c.Comment).ThrowIfAny();

    /// <summary>Validates a close (field presence per outcome is a lifecycle guard).</summary>
    public static void Validate(CloseComplaint c) =>
        new RuleCheck().Identifier("actor", c.Actor)
            .OptionalText("lessons", c.Lessons)
            .OptionalText("preventionAction", c.PreventionAction)
            .OptionalText("verification", c.Verification)
            .ThrowIfAny();

    /// <summary>Validates putting on hold.</summary>
    public static void Validate(PutOnHold c) =>
        new RuleCheck().Identifier("actor", c.Actor).RequiredText("reason", c.Reason).ThrowIfAny();

    /// <summary>Validates a resume.</summary>
    public static void Validate(ResumeComplaint c) =>
        new RuleCheck().Identifier("actor", c.Actor).ThrowIfAny();

    /// <summary>Validates a progress update.</summary>
    public static void Validate(InformCustomer c) =>
        new RuleCheck().Identifier("actor", c.Actor).RequiredText("message", c.Message).ThrowIfAny();

    /// <summary>Validates an escalation request.</summary>
    public static void Validate(RequestEscalation c) =>
        new RuleCheck().Identifier("requestedBy", c.RequestedBy).RequiredText("reason", c.Reason).ThrowIfAny();

    /// <summary>Validates a merge of duplicates: one id at least, each well-formed, none twice.</summary>
    public static void Validate(MergeDuplicates c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var check = new RuleCheck().Identifier("actor", c.Actor).OptionalText("reason", c.Reason);
        var ids = c.Duplicates ?? [];
        if (ids.Count == 0)
            check.Fail(ErrorCodes.Required, "duplicates", "duplicates must name at least one complaint to close as a duplicate.");
        else if (ids.Count > MergeDuplicates.MaximumDuplicates)
            check.Fail(ErrorCodes.OutOfRange, "duplicates", $"duplicates may name at most {MergeDuplicates.MaximumDuplicates} complaints.");
        else if (ids.Any(id => !ComplaintIds.IsWellFormed(id)))
            check.Fail(ErrorCodes.InvalidIdentifier, "duplicates", "duplicates must be complaint ids, like CMP-0123456789ABC.");
        else if (ids.Distinct(StringComparer.Ordinal).Count() != ids.Count)
            check.Fail(ErrorCodes.NotAllowed, "duplicates", "duplicates must not name a complaint twice.");
        check.ThrowIfAny();
    }
}
