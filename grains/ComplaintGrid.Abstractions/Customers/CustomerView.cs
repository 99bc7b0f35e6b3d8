namespace ComplaintGrid;

/// <summary>A customer's complaint history summary and live churn risk.</summary>
/// <param name="CustomerId">Customer.</param>
/// <param name="Profile">Profile.</param>
/// <param name="TotalComplaints">Complaints ever filed.</param>
/// <param name="OpenComplaints">Complaints open now.</param>
/// <param name="ComplaintsLast90Days">Complaints filed in the last 90 days.</param>
/// <param name="Breaches">Deadline breaches on their complaints.</param>
/// <param name="Reopens">Reopened resolutions.</param>
/// <param name="RepeatComplaints">Complaints on a subject they complained about before.</param>
/// <param name="LastComplaintAt">When they last complained.</param>
/// <param name="Risk">Live churn risk.</param>
/// <param name="Complaints">Their complaints, newest first.</param>
[GenerateSerializer, Immutable, Alias("cg.CustomerView")]
public sealed record CustomerView(
    [property: Id(0)] string CustomerId,
    [property: Id(1)] CustomerProfile Profile,
    [property: Id(2)] int TotalComplaints,
    [property: Id(3)] int OpenComplaints,
    [property: Id(4)] int ComplaintsLast90Days,
    [property: Id(5)] int Breaches,
    [property: Id(6)] int Reopens,
    [property: Id(7)] int RepeatComplaints,
    [property: Id(8)] DateTimeOffset? LastComplaintAt,
    [property: Id(9)] ChurnRisk Risk,
    [property: Id(10)] IReadOnlyList<ComplaintSummary> Complaints);
