using MathNet.Numerics.LinearAlgebra;

namespace ComplaintGrid.Domain.Churn;

/// <summary>
/// Fits the churn model's intercept and weights to outcomes by L2-regularised logistic regression, with Newton's
/// method (iteratively reweighted least squares) on MathNet.Numerics matrices. The inputs are the factors' capped
/// values, as the model scores them; the intercept is not penalised.
/// </summary>
public static class ChurnModelFitter
{
    /// <summary>Newton converges in a handful of steps on a convex problem; this bounds a pathological one.</summary>
    public const int MaxIterations = 100;

    /// <summary>Stop when no coefficient moves more than this.</summary>
    public const double Tolerance = 1e-8;

    /// <summary>Keeps the Hessian positive definite where every prediction is saturated at 0 or 1.</summary>
    private const double MinimumVariance = 1e-10;

    /// <summary>
    /// The weights that maximise the penalised likelihood of <paramref name="churned"/> given <paramref name="capped"/>
    /// (one row of <see cref="ChurnModel.Factors"/>' capped values per outcome).
    /// </summary>
    public static ChurnWeights Fit(IReadOnlyList<double[]> capped, IReadOnlyList<bool> churned, double l2Penalty, string version)
    {
        ArgumentNullException.ThrowIfNull(capped);
        ArgumentNullException.ThrowIfNull(churned);
        if (capped.Count != churned.Count || capped.Count == 0)
            throw new ArgumentException("One label per row, and at least one row.", nameof(churned));
        var p = ChurnModel.Factors.Count;
        var n = capped.Count;
        var x = Matrix<double>.Build.Dense(n, p + 1, (i, j) => j == 0 ? 1 : capped[i][j - 1]);
        var y = Vector<double>.Build.Dense(n, i => churned[i] ? 1 : 0);
        var penalty = Matrix<double>.Build.Diagonal(p + 1, p + 1, j => j == 0 ? 0 : l2Penalty);
        var w = Vector<double>.Build.Dense(p + 1);
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            var mu = (x * w).Map(Logistic);
            var gradient = x.TransposeThisAndMultiply(y - mu) - penalty * w;
            var variance = Matrix<double>.Build.DiagonalOfDiagonalVector(mu.Map(m => Math.Max(m * (1 - m), MinimumVariance)));
            var hessian = x.TransposeThisAndMultiply(variance * x) + penalty;
            var step = hessian.Cholesky().Solve(gradient);
            w += step;
            if (step.InfinityNorm() < Tolerance)
                break;
        }
        return new ChurnWeights(version, w[0], [.. w.SubVector(1, p)]);
    }

    private static double Logistic(double z) => 1 / (1 + Math.Exp(-z));
}
