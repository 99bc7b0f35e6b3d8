namespace ComplaintGrid.Simulator;

/// <summary>A burst of complaints about one thing (an outage, a failed delivery run): one category and one reference.</summary>
/// <param name="Category">What the storm's complaints are about.</param>
/// <param name="Reference">The reference they all quote.</param>
/// <param name="Until">When it dies down, in simulated time.</param>
public sealed record OutageStorm(Category Category, string Reference, DateTimeOffset Until);
