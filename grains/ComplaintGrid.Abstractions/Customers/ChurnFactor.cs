namespace ComplaintGrid;

/// <summary>One factor of a churn-risk score and its share.</summary>
/// <param name="Name">Factor name.</param>
/// <param name="Value">The factor's input value.</param>
/// <param name="Weight">Its weight in the model.</param>
/// <param name="Contribution">Weight × value, the factor's push on the log-odds.</param>
/// <param name="Explanation">What it means, for a person.</param>
[GenerateSerializer, Immutable, Alias("cg.ChurnFactor")]
public sealed record ChurnFactor(
    [property: Id(0)] string Name,
    [property: Id(1)] double Value,
    [property: Id(2)] double Weight,
    [property: Id(3)] double Contribution,
    [property: Id(4)] string Explanation);
