using ComplaintGrid.Domain.Churn;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ComplaintGrid.Grains.Churn;

/// <summary>
/// Asks the churn model registry for the current model once a refresh period, so a silo other than the registry's
/// scores with an adopted model within that period, and a silo that starts takes the adopted one within its first.
/// </summary>
internal sealed class ChurnModelRefresh(
    IGrainFactory grains, CurrentChurnModel current, IOptions<ChurnLearningOptions> options, ILogger<ChurnModelRefresh> logger) : BackgroundService
{
    /// <summary>The first ask comes soon after start: the silo joins the cluster meanwhile.</summary>
    private static readonly TimeSpan FirstAsk = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(FirstAsk, stoppingToken);
            while (true)
            {
                try
                {
                    var view = await grains.GetGrain<IChurnModelGrain>(0).Current();
                    if (view.Version != current.Weights.Version)
                    {
                        current.Set(ChurnWeights.From(view));
                        ChurnLog.ModelTaken(logger, view.Version);
                    }
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    ChurnLog.RefreshFailed(logger, ex, current.Weights.Version);
                }
                await Task.Delay(options.Value.ModelRefreshPeriod, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
