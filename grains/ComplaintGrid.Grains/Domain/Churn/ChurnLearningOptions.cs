using System.ComponentModel.DataAnnotations;

namespace ComplaintGrid.Domain.Churn;

/// <summary>How the churn model is fitted to recorded outcomes (configuration section <c>ComplaintGrid:ChurnLearning</c>).</summary>
public sealed class ChurnLearningOptions
{
    public const string SectionName = "ComplaintGrid:ChurnLearning";

    /// <summary>
    /// A fit needs at least this many outcomes, of both kinds in training and held out: fewer and the held-out AUC is
    /// noise (eleven weights and an intercept from a few dozen labels).
    /// </summary>
    [Range(10, 1_000_000, ErrorMessage = "ComplaintGrid:ChurnLearning:MinimumOutcomes must be between 10 and 1000000.")]
    public int MinimumOutcomes { get; set; } = 50;

    /// <summary>The share of customers (by a hash of their id) whose outcomes are held out to compare models, in percent.</summary>
    [Range(10, 50, ErrorMessage = "ComplaintGrid:ChurnLearning:HeldOutPercent must be between 10 and 50.")]
    public int HeldOutPercent { get; set; } = 30;

    /// <summary>
    /// The L2 penalty on the weights (not the intercept): keeps a factor that barely varies in the outcomes, such as
    /// venting in a centre that rarely assesses it, from taking an unbounded weight.
    /// </summary>
    [Range(0.0001, 1000, ErrorMessage = "ComplaintGrid:ChurnLearning:L2Penalty must be between 0.0001 and 1000.")]
    public double L2Penalty { get; set; } = 1.0;

    /// <summary>The registry keeps the newest this many outcomes: it stores them whole on every outcome recorded.</summary>
    [Range(100, 100_000, ErrorMessage = "ComplaintGrid:ChurnLearning:MaxOutcomes must be between 100 and 100000.")]
    public int MaxOutcomes { get; set; } = 10_000;

    /// <summary>
    /// How often each silo asks the registry for the current model; the silo that adopts a model takes it at once, the
    /// others within this period.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "ComplaintGrid:ChurnLearning:ModelRefreshPeriod must be between 00:00:01 and 01:00:00.")]
    public TimeSpan ModelRefreshPeriod { get; set; } = TimeSpan.FromSeconds(30);
}
