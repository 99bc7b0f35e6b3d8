namespace ComplaintGrid;

/// <summary>What a fit of the churn model found, and whether its candidate replaced the current model.</summary>
/// <param name="Adopted">True when the candidate's held-out AUC beat the current model's, so it scores from now on.</param>
/// <param name="CandidateVersion">The version the candidate has (kept only when adopted).</param>
/// <param name="CandidateAuc">The candidate's AUC on the held-out outcomes.</param>
/// <param name="CurrentVersion">The model that was current when the fit began.</param>
/// <param name="CurrentAuc">That model's AUC on the same held-out outcomes.</param>
/// <param name="TrainingOutcomes">Outcomes the candidate was fitted to.</param>
/// <param name="HeldOutOutcomes">Outcomes held out to compare the two.</param>
/// <param name="Churned">Outcomes that count as churn (left or downgraded), of all used.</param>
/// <param name="Candidate">The candidate's weights.</param>
[GenerateSerializer, Immutable, Alias("cg.ChurnFitResult")]
public sealed record ChurnFitResult(
    [property: Id(0)] bool Adopted,
    [property: Id(1)] string CandidateVersion,
    [property: Id(2)] double CandidateAuc,
    [property: Id(3)] string CurrentVersion,
    [property: Id(4)] double CurrentAuc,
    [property: Id(5)] int TrainingOutcomes,
    [property: Id(6)] int HeldOutOutcomes,
    [property: Id(7)] int Churned,
    [property: Id(8)] ChurnModelView Candidate);
