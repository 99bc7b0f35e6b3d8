namespace ComplaintGrid;

/// <summary>How far a clock (or a complaint) has escalated.</summary>
[GenerateSerializer, Alias("cg.EscalationLevel")]
public enum EscalationLevel
{
    /// <summary>Within allowance.</summary>
    None = 0,
    /// <summary>75% of the allowance used; owner and team lead alerted.</summary>
    AtRisk = 1,
    /// <summary>100% used; department head alerted and priority raised one step.</summary>
    Breached = 2,
    /// <summary>150% used; operations manager alerted.</summary>
    Level3 = 3,
    /// <summary>200% used; executive alerted.</summary>
    Level4 = 4,
}
