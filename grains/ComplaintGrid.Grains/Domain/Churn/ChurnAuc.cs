namespace ComplaintGrid.Domain.Churn;

/// <summary>
/// The area under the ROC curve: the chance that a customer who churned is scored above one who stayed, ties counting
/// half (the Mann–Whitney statistic over average ranks). 0.5 is a coin; 1 ranks every churner first.
/// </summary>
public static class ChurnAuc
{
    /// <summary>The AUC of <paramref name="scores"/> against <paramref name="churned"/>; NaN without both kinds.</summary>
    public static double Of(IReadOnlyList<double> scores, IReadOnlyList<bool> churned)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(churned);
        if (scores.Count != churned.Count)
            throw new ArgumentException("One label per score.", nameof(churned));
        var order = Enumerable.Range(0, scores.Count).OrderBy(i => scores[i]).ToArray();
        double positives = 0, rankSum = 0;
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            while (end + 1 < order.Length && scores[order[end + 1]] == scores[order[start]])
                end++;
            // Ranks are 1-based; tied scores share the mean of their ranks.
            var rank = (start + end) / 2.0 + 1;
            for (var k = start; k <= end; k++)
            {
                if (churned[order[k]])
                {
                    positives++;
                    rankSum += rank;
                }
            }
            start = end + 1;
        }
        var negatives = scores.Count - positives;
        if (positives == 0 || negatives == 0)
            return double.NaN;
        return (rankSum - positives * (positives + 1) / 2) / (positives * negatives);
    }
}
