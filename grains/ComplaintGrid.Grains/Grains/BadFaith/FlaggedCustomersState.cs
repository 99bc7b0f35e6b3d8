namespace ComplaintGrid.Grains.BadFaith;

/// <summary>The stored list of flagged customers.</summary>
[GenerateSerializer, Alias("cg.FlaggedCustomersState")]
internal sealed class FlaggedCustomersState
{
    [Id(0)] public Dictionary<string, FlaggedCustomer> Flagged { get; set; } = [];
}
