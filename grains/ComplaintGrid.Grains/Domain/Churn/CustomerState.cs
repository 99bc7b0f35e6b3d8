using ComplaintGrid.Domain.BadFaith;

namespace ComplaintGrid.Domain.Churn;

/// <summary>The persisted state of one customer: their complaints as last seen and the last score.</summary>
[GenerateSerializer, Alias("cg.CustomerState")]
public sealed class CustomerState
{
    [Id(0)] public CustomerProfile Profile { get; set; } = new(null, ValueTier.Unknown);
    [Id(1)] public Dictionary<string, ComplaintSummary> Complaints { get; set; } = [];
    [Id(2)] public Dictionary<string, long> LastSequence { get; set; } = [];
    [Id(3)] public double? LastScore { get; set; }
    [Id(4)] public double? PreviousScore { get; set; }

    // The bad-faith flag's facts and state (see CustomerBadFaith).
    [Id(5)] public Dictionary<string, CustomerStory> Stories { get; set; } = [];
    [Id(6)] public List<StoryLink> StoryLinks { get; set; } = [];
    [Id(7)] public BadFaithFlag? BadFaithFlag { get; set; }
    [Id(8)] public BadFaithClearance? BadFaithClearance { get; set; }
    [Id(9)] public Dictionary<string, double>? BadFaithAtClearance { get; set; }
    /// <summary>What the customer did (stayed, left, downgraded), oldest first, each with the features it was recorded with.</summary>
    [Id(10)] public List<CustomerOutcomeRecord> Outcomes { get; set; } = [];
    /// <summary>The customer's filings within the duplicate window, oldest first, to link a new one to its primary.</summary>
    [Id(15)] public List<ComplaintGrid.Domain.Duplicates.RecentFiling> RecentFilings { get; set; } = [];
}
