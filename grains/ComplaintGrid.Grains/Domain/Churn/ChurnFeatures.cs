namespace ComplaintGrid.Domain.Churn;

/// <summary>The inputs of the churn model for one customer at one moment, before weighting.</summary>
public sealed record ChurnFeatures(
    double RecentComplaints,
    double OpenComplaints,
    double Breaches,
    double Reopens,
    double RepeatComplaints,
    double OpenSeverity,
    double Venting,
    double Recency,
    double TenureYears,
    double ValueTier,
    double GoodResolutions);
