namespace ComplaintGrid;

/// <summary>The customer's value tier, from the CRM.</summary>
[GenerateSerializer, Alias("cg.ValueTier")]
public enum ValueTier
{
    /// <summary>Not known.</summary>
    Unknown = 0,
    /// <summary>Standard customer.</summary>
    Standard = 1,
    /// <summary>Silver tier.</summary>
    Silver = 2,
    /// <summary>Gold tier.</summary>
    Gold = 3,
    /// <summary>Platinum tier.</summary>
    Platinum = 4,
}
