using Orleans.Concurrency;

namespace ComplaintGrid;

/// <summary>
/// One complaint, keyed by its id (see <see cref="ComplaintIds"/>): the source of truth for its record,
/// lifecycle, clocks, escalation and timeline. Every command returns the complaint as it stands after it,
/// or throws <see cref="ComplaintGridException"/> and changes nothing.
/// </summary>
[Alias("cg.IComplaintGrain")]
public interface IComplaintGrain : IGrainWithStringKey
{
    /// <summary>Files the complaint. Filing again with the same command returns the complaint as it stands.</summary>
    [Alias("File")]
    Task<ComplaintView> File(FileComplaint command);

    /// <summary>The complaint as it stands, with its timeline.</summary>
    [Alias("Get"), ReadOnly]
    Task<ComplaintView> Get();

    /// <summary>Acknowledges the complaint to the customer.</summary>
    [Alias("Acknowledge")]
    Task<ComplaintView> Acknowledge(AcknowledgeComplaint command);

    /// <summary>Records the assessment (upheld or not, type, cause, wants).</summary>
    [Alias("Assess")]
    Task<ComplaintView> Assess(AssessComplaint command);

    /// <summary>Routes the upheld complaint to its department.</summary>
    [Alias("Route")]
    Task<ComplaintView> Route(RouteComplaint command);

    /// <summary>Hands the complaint to another department.</summary>
    [Alias("HandOff")]
    Task<ComplaintView> HandOff(HandOffComplaint command);

    /// <summary>Starts the investigation under a named owner.</summary>
    [Alias("StartInvestigation")]
    Task<ComplaintView> StartInvestigation(StartInvestigation command);

    /// <summary>Records root cause, accountable owner and the 8D record.</summary>
    [Alias("RecordInvestigation")]
    Task<ComplaintView> RecordInvestigation(RecordInvestigation command);

    /// <summary>Proposes a remedy.</summary>
    [Alias("ProposeRemedy")]
    Task<ComplaintView> ProposeRemedy(ProposeRemedy command);

    /// <summary>A supervisor approves the remedy.</summary>
    [Alias("ApproveRemedy")]
    Task<ComplaintView> ApproveRemedy(ApproveRemedy command);

    /// <summary>A supervisor rejects the remedy.</summary>
    [Alias("RejectRemedy")]
    Task<ComplaintView> RejectRemedy(RejectRemedy command);

    /// <summary>Starts implementing a remedy that needs no approval.</summary>
    [Alias("StartImplementation")]
    Task<ComplaintView> StartImplementation(StartImplementation command);

    /// <summary>Marks the remedy done and the customer informed.</summary>
    [Alias("Resolve")]
    Task<ComplaintView> Resolve(ResolveComplaint command);

    /// <summary>Records the customer's feedback; unsatisfied reopens.</summary>
    [Alias("RecordFeedback")]
    Task<ComplaintView> RecordFeedback(RecordFeedback command);

    /// <summary>Closes the complaint with its evaluation.</summary>
    [Alias("Close")]
    Task<ComplaintView> Close(CloseComplaint command);

    /// <summary>Puts the complaint on hold waiting on the customer.</summary>
    [Alias("PutOnHold")]
    Task<ComplaintView> PutOnHold(PutOnHold command);

    /// <summary>Resumes the complaint from hold.</summary>
    [Alias("Resume")]
    Task<ComplaintView> Resume(ResumeComplaint command);

    /// <summary>Records a progress update to the customer.</summary>
    [Alias("InformCustomer")]
    Task<ComplaintView> InformCustomer(InformCustomer command);

    /// <summary>Raises the escalation level at the customer's request.</summary>
    [Alias("RequestEscalation")]
    Task<ComplaintView> RequestEscalation(RequestEscalation command);

    /// <summary>
    /// Merges complaints of the same customer into this one (the primary): every id is checked first (filed, the same
    /// customer, open, not this one) and nothing changes when any fails; then each is closed as a duplicate with its
    /// customer told, and this complaint lists them. Merging again what is already merged here changes nothing.
    /// </summary>
    [Alias("MergeDuplicates")]
    Task<ComplaintView> MergeDuplicates(MergeDuplicates command);

    /// <summary>
    /// Evaluates the deadlines now and escalates whatever is due. The escalation reminder calls the same
    /// logic; operators may call it after changing clock policy.
    /// </summary>
    [Alias("CheckDeadlines")]
    Task<ComplaintView> CheckDeadlines();
}
