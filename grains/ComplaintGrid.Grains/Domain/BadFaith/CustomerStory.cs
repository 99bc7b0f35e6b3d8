using ComplaintGrid.Domain.Text;

namespace ComplaintGrid.Domain.BadFaith;

/// <summary>What the customer's view keeps of a complaint's intake for the bad-faith rule: its story and its demand.</summary>
/// <param name="Fingerprint">The description's fingerprint; <see cref="TextFingerprint.Empty"/> when too short to compare or erased.</param>
/// <param name="Demand">What the customer asked for.</param>
[GenerateSerializer, Immutable, Alias("cg.CustomerStory")]
public sealed record CustomerStory(
    [property: Id(0)] TextFingerprint Fingerprint,
    [property: Id(1)] Demand Demand);
