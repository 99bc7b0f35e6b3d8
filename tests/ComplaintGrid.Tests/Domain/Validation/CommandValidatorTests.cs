using static ComplaintGrid.Tests.Domain.DomainFixtures;

namespace ComplaintGrid.Tests.Domain.Validation;

public sealed class CommandValidatorTests
{
    private const string Bell = "\u0007";

    /// <summary>Each case breaks one rule of a command that is otherwise valid: name → (validate, code, field).</summary>
    private static readonly Dictionary<string, (Action Validate, string Code, string Field)> Cases = new()
    {
        ["file.customerId.null"] = (() => CommandValidator.Validate(Filing(customerId: null!)), ErrorCodes.Required, "customerId"),
        ["file.customerId.blank"] = (() => CommandValidator.Validate(Filing(customerId: "  ")), ErrorCodes.Required, "customerId"),
        ["file.customerId.tooLong"] = (() => CommandValidator.Validate(Filing(customerId: new string('c', 65))), ErrorCodes.TooLong, "customerId"),
        ["file.customerId.space"] = (() => CommandValidator.Validate(Filing(customerId: "cust 1")), ErrorCodes.InvalidIdentifier, "customerId"),
        ["file.customerId.slash"] = (() => CommandValidator.Validate(Filing(customerId: "cust/1")), ErrorCodes.InvalidIdentifier, "customerId"),
        ["file.customerId.nonAscii"] = (() => CommandValidator.Validate(Filing(customerId: "kündin")), ErrorCodes.InvalidIdentifier, "customerId"),
        ["file.channel.unknown"] = (() => CommandValidator.Validate(Filing(channel: (Channel)99)), ErrorCodes.UnknownValue, "channel"),
        ["file.subject.unknown"] = (() => CommandValidator.Validate(Filing(subject: (SubjectKind)4)), ErrorCodes.UnknownValue, "subject"),
        ["file.demand.unknown"] = (() => CommandValidator.Validate(Filing(demand: (Demand)(-1))), ErrorCodes.UnknownValue, "demand"),
        ["file.category.unknown"] = (() => CommandValidator.Validate(Filing(category: (Category)6)), ErrorCodes.UnknownValue, "category"),
        ["file.severity.unknown"] = (() => CommandValidator.Validate(Filing(severity: (Severity)4)), ErrorCodes.UnknownValue, "severity"),
        ["file.reference.tooLong"] = (() => CommandValidator.Validate(Filing(reference: new string('r', 101))), ErrorCodes.TooLong, "reference"),
        ["file.reference.control"] = (() => CommandValidator.Validate(Filing(reference: "ORD" + Bell)), ErrorCodes.ControlCharacters, "reference"),
        ["file.description.null"] = (() => CommandValidator.Validate(Filing(description: null!)), ErrorCodes.Required, "description"),
        ["file.description.blank"] = (() => CommandValidator.Validate(Filing(description: " \n ")), ErrorCodes.Required, "description"),
        ["file.description.tooLong"] = (() => CommandValidator.Validate(Filing(description: new string('d', 4001))), ErrorCodes.TooLong, "description"),
        ["file.description.nul"] = (() => CommandValidator.Validate(Filing(description: "broken\0")), ErrorCodes.ControlCharacters, "description"),
        ["file.description.escape"] = (() => CommandValidator.Validate(Filing(description: "colour \u001b[31m")), ErrorCodes.ControlCharacters, "description"),
        ["file.idempotencyKey.blank"] = (() => CommandValidator.Validate(Filing(key: "")), ErrorCodes.Required, "idempotencyKey"),
        ["file.idempotencyKey.tooLong"] = (() => CommandValidator.Validate(Filing(key: new string('k', 129))), ErrorCodes.TooLong, "idempotencyKey"),
        ["file.idempotencyKey.invalid"] = (() => CommandValidator.Validate(Filing(key: "key#1")), ErrorCodes.InvalidIdentifier, "idempotencyKey"),
        ["acknowledge.actor.blank"] = (() => CommandValidator.Validate(new AcknowledgeComplaint("", "Hello")), ErrorCodes.Required, "actor"),
        ["acknowledge.message.blank"] = (() => CommandValidator.Validate(new AcknowledgeComplaint(Agent, " ")), ErrorCodes.Required, "message"),
        ["acknowledge.message.tooLong"] = (() => CommandValidator.Validate(new AcknowledgeComplaint(Agent, new string('m', 2001))), ErrorCodes.TooLong, "message"),
        ["assess.type.unknown"] = (() => CommandValidator.Validate(Upheld() with { Type = (ComplaintType)9 }), ErrorCodes.UnknownValue, "type"),
        ["assess.cause.unknown"] = (() => CommandValidator.Validate(Upheld() with { Cause = (Cause)9 }), ErrorCodes.UnknownValue, "cause"),
        ["assess.overtWants.control"] = (() => CommandValidator.Validate(Upheld() with { OvertWants = "refund" + Bell }), ErrorCodes.ControlCharacters, "overtWants"),
        ["assess.explanation.tooLong"] = (() => CommandValidator.Validate(NotUpheld(new string('e', 2001))), ErrorCodes.TooLong, "explanation"),
        ["assess.explanation.missingWhenNotUpheld"] = (() => CommandValidator.Validate(NotUpheld(null)), ErrorCodes.Required, "explanation"),
        ["assess.underlyingWants.unknown"] = (() => CommandValidator.Validate(Upheld() with { UnderlyingWants = [(UnderlyingWant)9] }), ErrorCodes.UnknownValue, "underlyingWants"),
        ["assess.underlyingWants.repeated"] = (() => CommandValidator.Validate(Upheld() with { UnderlyingWants = [UnderlyingWant.ToBeHeard, UnderlyingWant.ToBeHeard] }), ErrorCodes.NotAllowed, "underlyingWants"),
        ["route.departmentId.blank"] = (() => CommandValidator.Validate(RouteTo("")), ErrorCodes.Required, "departmentId"),
        ["route.departmentId.invalid"] = (() => CommandValidator.Validate(RouteTo("Fin Ance")), ErrorCodes.InvalidIdentifier, "departmentId"),
        ["handOff.toDepartmentId.blank"] = (() => CommandValidator.Validate(new HandOffComplaint(Agent, "", "why")), ErrorCodes.Required, "toDepartmentId"),
        ["handOff.reason.blank"] = (() => CommandValidator.Validate(new HandOffComplaint(Agent, "finance", "")), ErrorCodes.Required, "reason"),
        ["startInvestigation.ownerAgentId.invalid"] = (() => CommandValidator.Validate(new StartInvestigation(Agent, "agent 7")), ErrorCodes.InvalidIdentifier, "ownerAgentId"),
        ["recordInvestigation.rootCause.blank"] = (() => CommandValidator.Validate(Findings() with { RootCause = "" }), ErrorCodes.Required, "rootCause"),
        ["recordInvestigation.accountableOwner.tooLong"] = (() => CommandValidator.Validate(Findings() with { AccountableOwner = new string('o', 101) }), ErrorCodes.TooLong, "accountableOwner"),
        ["recordInvestigation.eightD.team"] = (() => CommandValidator.Validate(Findings(EightD() with { Team = " " })), ErrorCodes.Required, "eightD.team"),
        ["recordInvestigation.eightD.problemDescription"] = (() => CommandValidator.Validate(Findings(EightD() with { ProblemDescription = "" })), ErrorCodes.Required, "eightD.problemDescription"),
        ["recordInvestigation.eightD.containment"] = (() => CommandValidator.Validate(Findings(EightD() with { Containment = "" })), ErrorCodes.Required, "eightD.containment"),
        ["recordInvestigation.eightD.rootCause"] = (() => CommandValidator.Validate(Findings(EightD() with { RootCause = "" })), ErrorCodes.Required, "eightD.rootCause"),
        ["recordInvestigation.eightD.correctiveAction"] = (() => CommandValidator.Validate(Findings(EightD() with { CorrectiveAction = "" })), ErrorCodes.Required, "eightD.correctiveAction"),
        ["recordInvestigation.eightD.verification"] = (() => CommandValidator.Validate(Findings(EightD(verification: "ok" + Bell))), ErrorCodes.ControlCharacters, "eightD.verification"),
        ["recordInvestigation.eightD.prevention"] = (() => CommandValidator.Validate(Findings(EightD(prevention: new string('p', 2001)))), ErrorCodes.TooLong, "eightD.prevention"),
        ["proposeRemedy.kind.unknown"] = (() => CommandValidator.Validate(Remedy((RemedyKind)99)), ErrorCodes.UnknownValue, "kind"),
        ["proposeRemedy.kind.unknownWithAmount"] = (() => CommandValidator.Validate(Remedy((RemedyKind)99, 10m)), ErrorCodes.UnknownValue, "kind"),
        ["proposeRemedy.description.blank"] = (() => CommandValidator.Validate(Remedy() with { Description = "" }), ErrorCodes.Required, "description"),
        ["proposeRemedy.amount.missing"] = (() => CommandValidator.Validate(Remedy(RemedyKind.Refund, null)), ErrorCodes.Required, "amount"),
        ["proposeRemedy.amount.zero"] = (() => CommandValidator.Validate(Remedy(RemedyKind.Compensation, 0m)), ErrorCodes.OutOfRange, "amount"),
        ["proposeRemedy.amount.negative"] = (() => CommandValidator.Validate(Remedy(RemedyKind.Discount, -5m)), ErrorCodes.OutOfRange, "amount"),
        ["proposeRemedy.amount.overMillion"] = (() => CommandValidator.Validate(Remedy(RemedyKind.Refund, 1_000_000.01m)), ErrorCodes.OutOfRange, "amount"),
        ["proposeRemedy.amount.threeDecimals"] = (() => CommandValidator.Validate(Remedy(RemedyKind.Refund, 10.005m)), ErrorCodes.OutOfRange, "amount"),
        ["proposeRemedy.amount.onApology"] = (() => CommandValidator.Validate(Remedy(RemedyKind.Apology, 20m)), ErrorCodes.NotAllowed, "amount"),
        ["proposeRemedy.amount.onRepair"] = (() => CommandValidator.Validate(Remedy(RemedyKind.Repair, 20m)), ErrorCodes.NotAllowed, "amount"),
        ["approveRemedy.supervisor.blank"] = (() => CommandValidator.Validate(new ApproveRemedy("", null)), ErrorCodes.Required, "supervisor"),
        ["approveRemedy.note.control"] = (() => CommandValidator.Validate(new ApproveRemedy(Supervisor, Bell)), ErrorCodes.ControlCharacters, "note"),
        ["rejectRemedy.reason.blank"] = (() => CommandValidator.Validate(new RejectRemedy(Supervisor, "")), ErrorCodes.Required, "reason"),
        ["startImplementation.actor.invalid"] = (() => CommandValidator.Validate(new StartImplementation("a b")), ErrorCodes.InvalidIdentifier, "actor"),
        ["resolve.customerMessage.blank"] = (() => CommandValidator.Validate(new ResolveComplaint(Agent, "")), ErrorCodes.Required, "customerMessage"),
        ["recordFeedback.comment.tooLong"] = (() => CommandValidator.Validate(new RecordFeedback(true, new string('c', 2001))), ErrorCodes.TooLong, "comment"),
        ["close.actor.blank"] = (() => CommandValidator.Validate(Closing() with { Actor = "" }), ErrorCodes.Required, "actor"),
        ["close.lessons.tooLong"] = (() => CommandValidator.Validate(Closing(lessons: new string('l', 2001))), ErrorCodes.TooLong, "lessons"),
        ["close.preventionAction.control"] = (() => CommandValidator.Validate(Closing(prevention: Bell)), ErrorCodes.ControlCharacters, "preventionAction"),
        ["close.verification.control"] = (() => CommandValidator.Validate(Closing(verification: Bell)), ErrorCodes.ControlCharacters, "verification"),
        ["putOnHold.reason.blank"] = (() => CommandValidator.Validate(new PutOnHold(Agent, "")), ErrorCodes.Required, "reason"),
        ["resume.actor.tooLong"] = (() => CommandValidator.Validate(new ResumeComplaint(new string('a', 65))), ErrorCodes.TooLong, "actor"),
        ["informCustomer.message.blank"] = (() => CommandValidator.Validate(new InformCustomer(Agent, "")), ErrorCodes.Required, "message"),
        ["requestEscalation.requestedBy.blank"] = (() => CommandValidator.Validate(new RequestEscalation("", "slow")), ErrorCodes.Required, "requestedBy"),
        ["requestEscalation.reason.blank"] = (() => CommandValidator.Validate(new RequestEscalation(CustomerId, "")), ErrorCodes.Required, "reason"),
    };

    public static TheoryData<string> CaseNames() => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Validate_OneRuleBroken_ReportsCodeAndCamelCaseField(string name)
    {
        var (validate, code, field) = Cases[name];

        var error = Assert.Throws<ComplaintGridException>(validate);

        var only = Assert.Single(error.Errors);
        Assert.Equal(code, only.Code);
        Assert.Equal(field, only.Field);
        Assert.Equal(code, error.Code);
        Assert.StartsWith(field, only.Message, StringComparison.Ordinal);
        Assert.False(error.IsLifecycleError);
    }

    [Fact]
    public void Validate_EveryCommandValid_Passes()
    {
        CommandValidator.Validate(Filing());
        CommandValidator.Validate(Filing(reference: null));
        CommandValidator.Validate(Acknowledgement());
        CommandValidator.Validate(Upheld());
        CommandValidator.Validate(Upheld() with { UnderlyingWants = null! });
        CommandValidator.Validate(NotUpheld());
        CommandValidator.Validate(RouteTo());
        CommandValidator.Validate(RouteTo("finance"));
        CommandValidator.Validate(HandOffTo("finance"));
        CommandValidator.Validate(Investigation());
        CommandValidator.Validate(Findings());
        CommandValidator.Validate(Findings(EightD(verification: null, prevention: null)));
        CommandValidator.Validate(Remedy());
        CommandValidator.Validate(Remedy(RemedyKind.Compensation, 500m));
        CommandValidator.Validate(new ApproveRemedy(Supervisor, null));
        CommandValidator.Validate(new RejectRemedy(Supervisor, "No"));
        CommandValidator.Validate(Implementation());
        CommandValidator.Validate(Resolution());
        CommandValidator.Validate(new RecordFeedback(false, null));
        CommandValidator.Validate(Closing(lessons: null, prevention: null));
        CommandValidator.Validate(new PutOnHold(Agent, "Photos"));
        CommandValidator.Validate(new ResumeComplaint(Agent));
        CommandValidator.Validate(new InformCustomer(Agent, "Update"));
        CommandValidator.Validate(new RequestEscalation(CustomerId, "Slow"));
    }

    [Fact]
    public void Validate_LimitsExactlyReached_Pass()
    {
        CommandValidator.Validate(Filing(
            customerId: new string('c', FieldLimits.IdentifierMaxLength),
            key: new string('k', FieldLimits.IdempotencyKeyMaxLength),
            reference: new string('r', FieldLimits.ReferenceMaxLength),
            description: new string('d', FieldLimits.DescriptionMaxLength)));
        CommandValidator.Validate(new AcknowledgeComplaint(Agent, new string('m', FieldLimits.TextMaxLength)));
        CommandValidator.Validate(Findings() with { AccountableOwner = new string('o', FieldLimits.ReferenceMaxLength) });
    }

    [Fact]
    public void Validate_IdentifierPunctuation_IsAllowed()
    {
        CommandValidator.Validate(Filing(customerId: "crm:Cust_01.a@shop-eu", key: "2025-03-03T09:00:00Z_web.1"));
    }

    [Fact]
    public void Validate_LineBreaksAndTabsInText_AreAllowed()
    {
        CommandValidator.Validate(Filing(description: "Line one\r\nLine two\twith a tab\n"));
    }

    [Theory]
    [InlineData(0.01)]
    [InlineData(10.5)]
    [InlineData(10.55)]
    [InlineData(1_000_000)]
    public void Validate_AmountWithinRules_Passes(double amount)
    {
        CommandValidator.Validate(Remedy(RemedyKind.Refund, (decimal)amount));
    }

    [Fact]
    public void Validate_TrailingZeroDecimals_Pass()
    {
        CommandValidator.Validate(Remedy(RemedyKind.Refund, 12.5000m));
    }

    [Fact]
    public void Validate_SeveralRulesBroken_ReportsEveryErrorTogetherInFieldOrder()
    {
        var filing = Filing(customerId: "", channel: (Channel)99, description: "", key: "bad key");

        var error = Assert.Throws<ComplaintGridException>(() => CommandValidator.Validate(filing));

        Assert.Equal(
            [
                (ErrorCodes.Required, "customerId"), (ErrorCodes.UnknownValue, "channel"),
                (ErrorCodes.Required, "description"), (ErrorCodes.InvalidIdentifier, "idempotencyKey"),
            ],
            error.Errors.Select(e => (e.Code, e.Field)));
        Assert.Equal(ErrorCodes.Required, error.Code);
        Assert.All(["customerId", "channel", "description", "idempotencyKey"], f => Assert.Contains(f, error.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_AssessWithSeveralProblems_ReportsThemTogether()
    {
        var assess = new AssessComplaint("", false, (ComplaintType)9, Cause.Value, null, [UnderlyingWant.ToBeHeard, UnderlyingWant.ToBeHeard], null);

        AssertErrors(() => CommandValidator.Validate(assess),
            (ErrorCodes.Required, "actor"), (ErrorCodes.UnknownValue, "type"),
            (ErrorCodes.NotAllowed, "underlyingWants"), (ErrorCodes.Required, "explanation"));
    }

    [Fact]
    public void Validate_UnknownEnum_MessageListsAllowedNames()
    {
        var error = Assert.Throws<ComplaintGridException>(() => CommandValidator.Validate(Filing(channel: (Channel)99)));

        Assert.Equal("channel must be one of Phone, Email, Chat, Web, Social, InPerson.", error.Errors[0].Message);
    }

    [Theory]
    [InlineData(RemedyKind.Refund, true)]
    [InlineData(RemedyKind.Discount, true)]
    [InlineData(RemedyKind.Compensation, true)]
    [InlineData(RemedyKind.Return, false)]
    [InlineData(RemedyKind.Exchange, false)]
    [InlineData(RemedyKind.Repair, false)]
    [InlineData(RemedyKind.Apology, false)]
    [InlineData(RemedyKind.Explanation, false)]
    public void IsMonetary_EachKind_OnlyRefundDiscountCompensation(RemedyKind kind, bool monetary)
    {
        Assert.Equal(monetary, CommandValidator.IsMonetary(kind));
    }
}
