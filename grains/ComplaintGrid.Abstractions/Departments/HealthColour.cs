namespace ComplaintGrid;

/// <summary>A department's queue health.</summary>
[GenerateSerializer, Alias("cg.HealthColour")]
public enum HealthColour
{
    /// <summary>Healthy.</summary>
    Green = 0,
    /// <summary>Needs attention.</summary>
    Amber = 1,
    /// <summary>Failing its customers now.</summary>
    Red = 2,
}
