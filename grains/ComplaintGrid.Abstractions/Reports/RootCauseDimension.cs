namespace ComplaintGrid;

/// <summary>What a root-cause Pareto counts complaints by.</summary>
[GenerateSerializer, Alias("cg.RootCauseDimension")]
public enum RootCauseDimension
{
    /// <summary>The cause found at assessment; complaints assessed in the range.</summary>
    Cause = 0,
    /// <summary>The complaint type found at assessment; complaints assessed in the range.</summary>
    Type = 1,
    /// <summary>The category given at filing; complaints filed in the range.</summary>
    Category = 2,
}
