namespace ComplaintGrid.Domain.Lifecycle;

/// <summary>The commands a complaint accepts, for the transition table.</summary>
public enum ComplaintAction
{
    Acknowledge,
    Assess,
    Route,
    HandOff,
    StartInvestigation,
    RecordInvestigation,
    ProposeRemedy,
    ApproveRemedy,
    RejectRemedy,
    StartImplementation,
    Resolve,
    RecordFeedback,
    Close,
    PutOnHold,
    Resume,
    InformCustomer,
    RequestEscalation,
}
