using ComplaintGrid.Domain.Churn;

namespace ComplaintGrid.Tests.Domain.Churn;

public sealed class ChurnAucTests
{
    [Fact]
    public void Of_HandCheckedExampleWithATie_CountsPairsRankedRightAndTiesAsHalf()
    {
        // Churners score 0.9, 0.4, 0.6; stayers 0.1, 0.4, 0.8. Of the 9 churner–stayer pairs the churner is above in
        // (0.9: 3) + (0.4: above 0.1, tied with 0.4, below 0.8 → 1.5) + (0.6: above 0.1 and 0.4 → 2) = 6.5, so 6.5 / 9.
        double[] scores = [0.9, 0.1, 0.4, 0.4, 0.6, 0.8];
        bool[] churned = [true, false, true, false, true, false];

        Assert.Equal(6.5 / 9, ChurnAuc.Of(scores, churned), 12);
    }

    [Fact]
    public void Of_PerfectAndReversedRanking_IsOneAndZero()
    {
        Assert.Equal(1.0, ChurnAuc.Of([0.1, 0.2, 0.8, 0.9], [false, false, true, true]));
        Assert.Equal(0.0, ChurnAuc.Of([0.9, 0.8, 0.2, 0.1], [false, false, true, true]));
    }

    [Fact]
    public void Of_AllScoresEqual_IsOneHalf()
    {
        Assert.Equal(0.5, ChurnAuc.Of([3, 3, 3, 3], [true, false, false, true]));
    }

    [Fact]
    public void Of_OneKindOnly_IsNaN()
    {
        Assert.True(double.IsNaN(ChurnAuc.Of([0.1, 0.2], [true, true])));
    }
}
