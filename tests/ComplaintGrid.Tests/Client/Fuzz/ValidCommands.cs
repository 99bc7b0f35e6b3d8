namespace ComplaintGrid.Tests.Client.Fuzz;

/// <summary>A valid instance of every command the typed client takes, each field set so each can be broken.</summary>
public static class ValidCommands
{
    public static object For(Type command) => command.Name switch
    {
        nameof(FileComplaint) => new FileComplaint("cust-fuzz", Channel.Phone, SubjectKind.Order, "ORD-1", "The parcel arrived broken.",
            Demand.Refund, Category.Delivery, Severity.Medium, "fuzz-key"),
        nameof(AcknowledgeComplaint) => new AcknowledgeComplaint("agent-1", "We are on it."),
        nameof(AssessComplaint) => new AssessComplaint("agent-1", true, ComplaintType.Substantive, Cause.System, "A refund.",
            [UnderlyingWant.ToBeKeptInformed], "It broke in transit."),
        nameof(RouteComplaint) => new RouteComplaint("agent-1", "logistics"),
        nameof(HandOffComplaint) => new HandOffComplaint("lead-1", "customer-service", "A goodwill call."),
        nameof(StartInvestigation) => new StartInvestigation("lead-1", "agent-7"),
        nameof(RecordInvestigation) => new RecordInvestigation("agent-7", "No wrap.", "depot-north",
            new EightDReport("Depot north", "Broken parcels.", "Wrap all.", "No wrap.", "Wrapping station.", "Ten checked.", "Checklist.")),
        nameof(ProposeRemedy) => new ProposeRemedy("agent-7", RemedyKind.Refund, 120.50m, "Refund the delivery charge."),
        nameof(ApproveRemedy) => new ApproveRemedy("sup-1", "Within policy."),
        nameof(RejectRemedy) => new RejectRemedy("sup-1", "Offer a repair first."),
        nameof(StartImplementation) => new StartImplementation("agent-7"),
        nameof(ResolveComplaint) => new ResolveComplaint("agent-7", "The refund is on its way."),
        nameof(RecordFeedback) => new RecordFeedback(true, "Quick and fair."),
        nameof(CloseComplaint) => new CloseComplaint("lead-1", "Wrap checks.", "Checklist.", "Ten deliveries."),
        nameof(PutOnHold) => new PutOnHold("agent-1", "Waiting for photos."),
        nameof(ResumeComplaint) => new ResumeComplaint("agent-1"),
        nameof(InformCustomer) => new InformCustomer("agent-1", "The depot is checking."),
        nameof(RequestEscalation) => new RequestEscalation("cust-fuzz", "Nobody called back."),
        nameof(ErasePersonalData) => new ErasePersonalData("sup-1"),
        nameof(ClearBadFaith) => new ClearBadFaith("sup-1", "Checked with the courier."),
        nameof(RecordCustomerOutcome) => new RecordCustomerOutcome(CustomerOutcome.Left, At: null),
        nameof(MergeDuplicates) => new MergeDuplicates("lead-1", ["CMP-0123456789ABC"], "Phone and e-mail, one problem."),
        nameof(JoinIncident) => new JoinIncident("sup-1", "CMP-0000000000000", "The same outage."),
        nameof(InformIncident) => new InformIncident("sup-1", "The outage is fixed."),
        nameof(ResolveIncident) => new ResolveIncident("sup-1", "A failed router.", "Service is back.", "One router stops a town.",
            "A spare router.", "Ten lines checked."),
        _ => throw new InvalidOperationException($"no valid {command.Name} for the fuzz test: add one"),
    };
}
