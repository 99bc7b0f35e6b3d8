namespace ComplaintGrid.Domain.Churn;

/// <summary>One factor of the churn model: its weight on the log-odds, the cap on its value, and how to read it.</summary>
public sealed record ChurnFactorDefinition(string Name, double Weight, double Cap, string Description, Func<ChurnFeatures, double> Value);
