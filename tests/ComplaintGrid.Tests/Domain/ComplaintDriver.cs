using ComplaintGrid.Domain.Lifecycle;
using Microsoft.Extensions.Time.Testing;
using static ComplaintGrid.Tests.Domain.DomainFixtures;

namespace ComplaintGrid.Tests.Domain;

/// <summary>
/// Drives one real <see cref="Complaint"/> through its lifecycle on a fake clock and keeps every event it
/// produced, so queue and customer tests see exactly what a complaint grain would send.
/// </summary>
internal sealed class ComplaintDriver
{
    private readonly List<ComplaintEvent> _events = [];

    public ComplaintDriver(FakeTimeProvider time, FileComplaint filing, ComplaintRules? rules = null)
    {
        Time = time;
        Filing = filing;
        Complaint = NewComplaint(rules);
    }

    public FakeTimeProvider Time { get; }

    public FileComplaint Filing { get; }

    public Complaint Complaint { get; }

    public ComplaintState State => Complaint.State;

    public string Id => IdOf(Filing);

    public DateTimeOffset Now => Time.GetUtcNow();

    /// <summary>Every event so far, in sequence.</summary>
    public IReadOnlyList<ComplaintEvent> Events => _events;

    public ComplaintView View => Complaint.ToView(Now);

    /// <summary>Runs one command at the fake clock's time and keeps its events.</summary>
    public IReadOnlyList<ComplaintEvent> Do(Func<Complaint, DateTimeOffset, IReadOnlyList<ComplaintEvent>> command)
    {
        var events = command(Complaint, Now);
        _events.AddRange(events);
        return events;
    }

    public ComplaintDriver Advance(TimeSpan by)
    {
        Time.Advance(by);
        return this;
    }

    public IReadOnlyList<ComplaintEvent> File() => Do((c, now) => c.File(Id, Filing, now, IdOf));

    public IReadOnlyList<ComplaintEvent> CheckDeadlines() => Do((c, now) => c.CheckDeadlines(now));

    public IReadOnlyList<ComplaintEvent> Acknowledge() => Do((c, now) => c.Acknowledge(Acknowledgement(), now));

    public IReadOnlyList<ComplaintEvent> Assess(bool upheld = true, ComplaintType type = ComplaintType.Substantive, Cause cause = Cause.System) =>
        Do((c, now) => c.Assess((upheld ? Upheld(type) : NotUpheld()) with { Cause = cause }, now));

    public IReadOnlyList<ComplaintEvent> Route(string? departmentId = null) => Do((c, now) => c.Route(RouteTo(departmentId), now));

    public IReadOnlyList<ComplaintEvent> HandOff(string departmentId) => Do((c, now) => c.HandOff(HandOffTo(departmentId), now));

    public IReadOnlyList<ComplaintEvent> StartInvestigation(string owner = Investigator) =>
        Do((c, now) => c.StartInvestigation(Investigation(owner), now));

    public IReadOnlyList<ComplaintEvent> RecordInvestigation(EightDReport? eightD = null) =>
        Do((c, now) => c.RecordInvestigation(Findings(eightD), now));

    public IReadOnlyList<ComplaintEvent> ProposeRemedy(RemedyKind kind = RemedyKind.Apology, decimal? amount = null, string actor = Investigator) =>
        Do((c, now) => c.ProposeRemedy(Remedy(kind, amount, actor), now));

    public IReadOnlyList<ComplaintEvent> ApproveRemedy(string supervisor = Supervisor) =>
        Do((c, now) => c.ApproveRemedy(new ApproveRemedy(supervisor, "Within policy."), now));

    public IReadOnlyList<ComplaintEvent> RejectRemedy(string supervisor = Supervisor) =>
        Do((c, now) => c.RejectRemedy(new RejectRemedy(supervisor, "Too generous."), now));

    public IReadOnlyList<ComplaintEvent> StartImplementation() => Do((c, now) => c.StartImplementation(Implementation(), now));

    public IReadOnlyList<ComplaintEvent> Resolve() => Do((c, now) => c.Resolve(Resolution(), now));

    public IReadOnlyList<ComplaintEvent> RecordFeedback(bool satisfied) => Do((c, now) => c.RecordFeedback(Feedback(satisfied), now));

    public IReadOnlyList<ComplaintEvent> Close(string? verification = null) => Do((c, now) => c.Close(Closing(verification: verification), now));

    public IReadOnlyList<ComplaintEvent> PutOnHold() => Do((c, now) => c.PutOnHold(new PutOnHold(Agent, "Waiting for photos of the damage."), now));

    public IReadOnlyList<ComplaintEvent> Resume() => Do((c, now) => c.Resume(new ResumeComplaint(Agent), now));

    public IReadOnlyList<ComplaintEvent> InformCustomer() =>
        Do((c, now) => c.InformCustomer(new InformCustomer(Agent, "We are still on it."), now));

    public IReadOnlyList<ComplaintEvent> RequestEscalation() =>
        Do((c, now) => c.RequestEscalation(new RequestEscalation(CustomerId, "Nobody called me back."), now));

    public IReadOnlyList<ComplaintEvent> ErasePersonalData(string actor = Supervisor) =>
        Do((c, now) => c.ErasePersonalData(new ErasePersonalData(actor), now));

    /// <summary>Filed, acknowledged, assessed upheld and routed by the table: Assigned.</summary>
    public ComplaintDriver ToAssigned()
    {
        File();
        Acknowledge();
        Assess();
        Route();
        return this;
    }

    /// <summary>Assigned, investigating and findings recorded (with an 8D report for product quality).</summary>
    public ComplaintDriver ToInvestigated()
    {
        ToAssigned();
        StartInvestigation();
        RecordInvestigation(Filing.Category == Category.ProductQuality ? EightD() : null);
        return this;
    }

    /// <summary>Filed, then an apology proposed, implemented and the customer told: Resolved.</summary>
    public ComplaintDriver ToResolved()
    {
        File();
        return ToResolvedFromFiled();
    }

    /// <summary>From Received, every step to Resolved at the current time.</summary>
    public ComplaintDriver ToResolvedFromFiled()
    {
        Acknowledge();
        Assess();
        Route();
        StartInvestigation();
        RecordInvestigation(Filing.Category == Category.ProductQuality ? EightD() : null);
        ProposeRemedy();
        // A complaint whose breaches raised it to critical needs a supervisor, who moves it straight to implementing.
        if (State.Status == ComplaintStatus.AwaitingApproval)
            ApproveRemedy();
        else
            StartImplementation();
        Resolve();
        return this;
    }
}
