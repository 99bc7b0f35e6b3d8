namespace ComplaintGrid.Grains.Feed;

/// <summary>
/// The rules of the "most at risk" board: the latest score per customer, the highest shown. It keeps more
/// candidates than it shows so a customer whose score falls is replaced by the next one, not by a gap.
/// </summary>
public sealed class RiskRanking(RiskBoardState state)
{
    /// <summary>How many customers the board shows.</summary>
    public const int Shown = 25;

    /// <summary>How many customers it remembers; the lowest beyond that are forgotten until their next event.</summary>
    public const int Candidates = 200;

    public RiskBoardState State => state;

    /// <summary>Records the newest score of each customer; returns false when the shown ranking did not change.</summary>
    public bool Update(IEnumerable<CustomerRiskEntry> entries)
    {
        var before = Top();
        foreach (var entry in entries)
        {
            // Batches from different silos may cross: the later computation wins.
            if (state.Customers.TryGetValue(entry.CustomerId, out var known) && known.ComputedAt > entry.ComputedAt)
                continue;
            state.Customers[entry.CustomerId] = entry;
        }
        if (state.Customers.Count > Candidates)
        {
            foreach (var lowest in Ranked().Skip(Candidates).Select(e => e.CustomerId).ToArray())
                state.Customers.Remove(lowest);
        }
        if (before.SequenceEqual(Top()))
            return false;
        state.Version++;
        return true;
    }

    public RiskBoard ToBoard() => new(state.Version, Top());

    private CustomerRiskEntry[] Top() => Ranked().Take(Shown).ToArray();

    private IEnumerable<CustomerRiskEntry> Ranked() =>
        state.Customers.Values.OrderByDescending(e => e.Score).ThenBy(e => e.CustomerId, StringComparer.Ordinal);
}
