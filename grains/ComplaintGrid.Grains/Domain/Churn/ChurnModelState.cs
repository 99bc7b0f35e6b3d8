namespace ComplaintGrid.Domain.Churn;

/// <summary>The persisted state of the churn model registry.</summary>
[GenerateSerializer, Alias("cg.ChurnModelState")]
public sealed class ChurnModelState
{
    /// <summary>The fitted model that scores now; null while the hand-set one does.</summary>
    [Id(0)] public ChurnModelView? Current { get; set; }

    /// <summary>Models replaced, newest first.</summary>
    [Id(1)] public List<ChurnModelView> Previous { get; set; } = [];

    /// <summary>Recorded outcomes, oldest first.</summary>
    [Id(2)] public List<CustomerOutcomeRecord> Outcomes { get; set; } = [];

    /// <summary>The highest version number given so far (1, the hand-set model, until a fit is adopted).</summary>
    [Id(3)] public int LastVersionNumber { get; set; } = 1;

    /// <summary>The hand-set model's held-out AUC, measured by the first fit (shown among the previous once replaced).</summary>
    [Id(4)] public double? HandSetAuc { get; set; }
}
