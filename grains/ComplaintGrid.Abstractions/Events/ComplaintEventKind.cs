namespace ComplaintGrid;

/// <summary>What happened to a complaint.</summary>
[GenerateSerializer, Alias("cg.ComplaintEventKind")]
public enum ComplaintEventKind
{
    /// <summary>Recorded at intake.</summary>
    Filed = 0,
    /// <summary>Acknowledged to the customer.</summary>
    Acknowledged = 1,
    /// <summary>Assessed.</summary>
    Assessed = 2,
    /// <summary>Routed to a department.</summary>
    Routed = 3,
    /// <summary>Handed from one department to another.</summary>
    HandedOff = 4,
    /// <summary>Investigation started by an owner.</summary>
    InvestigationStarted = 5,
    /// <summary>Root cause and owner recorded.</summary>
    InvestigationRecorded = 6,
    /// <summary>Remedy proposed.</summary>
    RemedyProposed = 7,
    /// <summary>Remedy approved by a supervisor.</summary>
    RemedyApproved = 8,
    /// <summary>Remedy rejected by a supervisor.</summary>
    RemedyRejected = 9,
    /// <summary>Remedy implementation started.</summary>
    ImplementationStarted = 10,
    /// <summary>Remedy done, customer informed.</summary>
    Resolved = 11,
    /// <summary>Customer feedback recorded.</summary>
    FeedbackRecorded = 12,
    /// <summary>Reopened after unsatisfied feedback.</summary>
    Reopened = 13,
    /// <summary>Put on hold waiting on the customer.</summary>
    PutOnHold = 14,
    /// <summary>Resumed from hold.</summary>
    Resumed = 15,
    /// <summary>The customer was told of progress.</summary>
    CustomerInformed = 16,
    /// <summary>A clock crossed an escalation level.</summary>
    Escalated = 17,
    /// <summary>The customer asked for escalation.</summary>
    EscalationRequested = 18,
    /// <summary>Closed with an outcome.</summary>
    Closed = 19,
    /// <summary>
    /// The complaint's personal texts were erased (at the customer's request, or by retention once closed): every view
    /// that keeps text of this complaint blanks it.
    /// </summary>
    PersonalDataErased = 20,
    /// <summary>
    /// A hold reached its longest allowed time: the complaint resumed by itself, its clocks running again from that moment,
    /// and the team lead was told.
    /// </summary>
    HoldExpired = 21,
    /// <summary>
    /// A duplicate was linked: on the complaint filed as a duplicate (its summary's <c>duplicateOf</c> names the primary),
    /// and on the primary (which lists it among its duplicates).
    /// </summary>
    DuplicateLinked = 22,
    /// <summary>
    /// Merged into its primary: closed with outcome <see cref="CloseOutcome.Duplicate"/>, the customer told which complaint
    /// carries on; the summary's <c>duplicateOf</c> names the primary. Not a <see cref="Closed"/> event, so whoever counts
    /// closures counts the primary once.
    /// </summary>
    MergedAsDuplicate = 23,
    /// <summary>The complaint was grouped under an incident (a burst about one cause), by detection or by hand.</summary>
    JoinedIncident = 24,
}
