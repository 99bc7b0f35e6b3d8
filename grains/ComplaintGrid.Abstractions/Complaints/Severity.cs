namespace ComplaintGrid;

/// <summary>How serious the complaint is; it sets the default clock allowances.</summary>
[GenerateSerializer, Alias("cg.Severity")]
public enum Severity
{
    /// <summary>Minor inconvenience.</summary>
    Low = 0,
    /// <summary>A real problem without lasting harm.</summary>
    Medium = 1,
    /// <summary>Significant loss or distress.</summary>
    High = 2,
    /// <summary>Safety, legal or large financial impact.</summary>
    Critical = 3,
}
