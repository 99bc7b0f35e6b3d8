using System.Text.Json;
using ComplaintGrid.Domain.Approval;
using ComplaintGrid.Domain.Clocks;
using ComplaintGrid.Domain.Escalation;
using ComplaintGrid.Domain.Holds;
using ComplaintGrid.Domain.Lifecycle;
using ComplaintGrid.Domain.Routing;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintGrid.Tests.Domain;

/// <summary>Shared builders for the domain tests: rules, filings, valid commands and state snapshots.</summary>
internal static class DomainFixtures
{
    /// <summary>A Monday morning, so nothing depends on the machine's clock.</summary>
    public static readonly DateTimeOffset Start = new(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);

    public const string CustomerId = "cust-1";
    public const string Agent = "agent-1";
    public const string Investigator = "agent-7";
    public const string Supervisor = "sup-1";

    public static FakeTimeProvider NewTime() => new(Start);

    public static ComplaintRules Rules(
        ClockPolicyOptions? clocks = null, ApprovalOptions? approval = null, RoutingOptions? routing = null,
        HoldOptions? holds = null, EscalationOptions? escalation = null) =>
        new(new ClockPolicy(clocks ?? new ClockPolicyOptions()),
            new RoutingTable(routing ?? RoutingOptions.Standard()),
            new ApprovalPolicy(approval ?? new ApprovalOptions()),
            Holds: holds is null ? null : new HoldPolicy(holds),
            Contacts: escalation is null ? null : new EscalationContacts(escalation));

    /// <summary>Rules whose holds last <paramref name="longest"/> for every severity.</summary>
    public static ComplaintRules RulesWithHolds(TimeSpan longest) =>
        Rules(holds: new HoldOptions { Longest = Enum.GetValues<Severity>().ToDictionary(s => s, _ => longest) });

    public static Complaint NewComplaint(ComplaintRules? rules = null) => new(new ComplaintState(), rules ?? Rules());

    public static FileComplaint Filing(
        string customerId = CustomerId,
        string key = "key-1",
        Category category = Category.Delivery,
        Severity severity = Severity.Medium,
        SubjectKind subject = SubjectKind.Order,
        string? reference = "ORD-1001",
        string description = "The parcel arrived two weeks late and the box was crushed.",
        Channel channel = Channel.Web,
        Demand demand = Demand.Refund) =>
        new(customerId, channel, subject, reference, description, demand, category, severity, key);

    /// <summary>The id secret of the deployment the domain tests stand in for.</summary>
    public static readonly byte[] IdSecret = Enumerable.Range(0, 32).Select(i => (byte)(i * 7)).ToArray();

    /// <summary>The id that deployment gives a filing: what the complaint grain passes to <see cref="Complaint.File"/>.</summary>
    public static string IdOf(FileComplaint filing) => ComplaintIds.For(filing.CustomerId, filing.IdempotencyKey, IdSecret);

    public static AcknowledgeComplaint Acknowledgement(string actor = Agent) =>
        new(actor, "We have your complaint and will come back to you within a day.");

    public static AssessComplaint Upheld(ComplaintType type = ComplaintType.Substantive) =>
        new(Agent, true, type, Cause.System, "A refund", [UnderlyingWant.ToBeHeard], null);

    public static AssessComplaint NotUpheld(string? explanation = "The delivery date promised was met; the delay was at customs.") =>
        new(Agent, false, ComplaintType.Enquiry, Cause.System, null, [], explanation);

    public static RouteComplaint RouteTo(string? departmentId = null) => new(Agent, departmentId);

    public static HandOffComplaint HandOffTo(string departmentId) => new(Agent, departmentId, "Belongs with another team.");

    public static StartInvestigation Investigation(string owner = Investigator) => new("lead-1", owner);

    public static EightDReport EightD(string? verification = "Drop test passed on 50 units", string? prevention = "SPC check added") =>
        new("QA team", "Cracked housing", "Quarantined the batch", "Mould temperature too low", "Recalibrated the mould", verification, prevention);

    public static RecordInvestigation Findings(EightDReport? eightD = null) =>
        new(Investigator, "The courier left the parcel outside.", "Logistics lead", eightD);

    public static ProposeRemedy Remedy(RemedyKind kind = RemedyKind.Apology, decimal? amount = null, string actor = Investigator) =>
        new(actor, kind, amount, "Apologise and redeliver.");

    public static StartImplementation Implementation() => new(Investigator);

    public static ResolveComplaint Resolution() => new(Investigator, "Your replacement was delivered today.");

    public static RecordFeedback Feedback(bool satisfied) => new(satisfied, satisfied ? "Thank you" : "Still broken");

    public static CloseComplaint Closing(string? lessons = "Couriers must not leave parcels outside.", string? prevention = "Courier briefing", string? verification = null) =>
        new(Investigator, lessons, prevention, verification);

    /// <summary>Every property of the state as JSON: equal snapshots mean a refused command changed nothing.</summary>
    public static string Snapshot(ComplaintState state) => JsonSerializer.Serialize(state);

    /// <summary>Asserts the command is refused with <paramref name="code"/> on <paramref name="field"/> and leaves the state as it was.</summary>
    public static ComplaintGridException AssertRefused(ComplaintState state, Action command, string code, string field)
    {
        var before = Snapshot(state);
        var error = Assert.Throws<ComplaintGridException>(command);
        Assert.Equal(code, error.Code);
        Assert.Equal(field, error.Errors[0].Field);
        Assert.Equal(before, Snapshot(state));
        return error;
    }

    /// <summary>Asserts validation refused with these (code, field) pairs, in order.</summary>
    public static void AssertErrors(Action validate, params (string Code, string Field)[] expected)
    {
        var error = Assert.Throws<ComplaintGridException>(validate);
        Assert.Equal(expected, error.Errors.Select(e => (e.Code, e.Field)).ToArray());
    }
}
