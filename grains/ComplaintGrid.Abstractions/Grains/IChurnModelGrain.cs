namespace ComplaintGrid;

/// <summary>
/// The churn model registry (one, keyed 0): the recorded outcomes, the current model and the ones it replaced. A fit
/// trains a candidate on part of the outcomes and adopts it only when it ranks the held-out rest better than the current one.
/// </summary>
[Alias("cg.IChurnModelGrain")]
public interface IChurnModelGrain : IGrainWithIntegerKey
{
    /// <summary>The current model, the previous ones, and how many outcomes a fit would use.</summary>
    [Alias("Models"), Orleans.Concurrency.ReadOnly]
    Task<ChurnModels> Models();

    /// <summary>The model every score is computed with now.</summary>
    [Alias("Current"), Orleans.Concurrency.ReadOnly]
    Task<ChurnModelView> Current();

    /// <summary>
    /// Keeps an outcome for later fits; a repeat of one already kept (same customer, outcome and time) is ignored.
    /// Called by the customer that recorded it.
    /// </summary>
    [Alias("Keep")]
    Task Keep(CustomerOutcomeRecord outcome);

    /// <summary>
    /// Fits a candidate to the training outcomes (logistic regression, L2-regularised), measures it and the current model
    /// on the held-out ones, and adopts the candidate when its AUC is higher. Too few outcomes, or one kind only, is
    /// refused (<c>churn.fit.too_few_outcomes</c>) and changes nothing.
    /// </summary>
    [Alias("Fit")]
    Task<ChurnFitResult> Fit();
}
