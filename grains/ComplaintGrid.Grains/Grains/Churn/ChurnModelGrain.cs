using ComplaintGrid.Domain.Churn;
using ComplaintGrid.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ComplaintGrid.Grains.Churn;

/// <summary>
/// The churn model registry (keyed 0): stores the outcomes customers record, the current model and the replaced ones;
/// the rules are <see cref="ChurnModelRegistry"/>'s. A state write that fails deactivates it, so the stored state (without
/// the change) is what the next call sees and a retried call applies the change again.
/// </summary>
internal sealed class ChurnModelGrain(
    [PersistentState("churnModels", ComplaintGridStorage.Name)] IPersistentState<ChurnModelState> state,
    [FromKeyedServices(ComplaintGridClock.Key)] TimeProvider clock,
    IOptions<ChurnLearningOptions> options,
    CurrentChurnModel current,
    ILogger<ChurnModelGrain> logger) : Grain, IChurnModelGrain
{
    private ChurnModelRegistry _registry = null!;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _registry = new ChurnModelRegistry(state.State, options.Value);
        current.Set(_registry.CurrentWeights());
        return Task.CompletedTask;
    }

    public Task<ChurnModels> Models() => Task.FromResult(_registry.Models());

    public Task<ChurnModelView> Current() => Task.FromResult(_registry.CurrentView());

    public async Task Keep(CustomerOutcomeRecord outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        if (_registry.Keep(outcome))
            await Write();
    }

    public async Task<ChurnFitResult> Fit()
    {
        // Refused fits throw before anything changes.
        var result = _registry.Fit(clock.GetUtcNow());
        await Write();
        if (result.Adopted)
        {
            current.Set(_registry.CurrentWeights());
            ChurnLog.ModelAdopted(logger, result.CandidateVersion, result.CandidateAuc, result.CurrentVersion, result.CurrentAuc,
                result.TrainingOutcomes, result.HeldOutOutcomes);
        }
        else
        {
            ChurnLog.ModelKept(logger, result.CurrentVersion, result.CandidateAuc, result.CurrentAuc, result.TrainingOutcomes, result.HeldOutOutcomes);
        }
        return result;
    }

    private async Task Write()
    {
        try
        {
            await state.WriteStateAsync();
        }
        catch (Exception ex)
        {
            ChurnLog.WriteFailed(logger, ex);
            DeactivateOnIdle();
            throw;
        }
    }
}
