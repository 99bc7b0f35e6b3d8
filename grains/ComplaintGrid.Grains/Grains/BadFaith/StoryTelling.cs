using ComplaintGrid.Domain.Text;

namespace ComplaintGrid.Grains.BadFaith;

/// <summary>A complaint's story, told to the story index under one of its band keys.</summary>
/// <param name="CustomerId">Who told it.</param>
/// <param name="ComplaintId">Under which complaint.</param>
/// <param name="Fingerprint">The description's fingerprint.</param>
/// <param name="At">When the complaint was filed.</param>
[GenerateSerializer, Immutable, Alias("cg.StoryTelling")]
internal sealed record StoryTelling(
    [property: Id(0)] string CustomerId,
    [property: Id(1)] string ComplaintId,
    [property: Id(2)] TextFingerprint Fingerprint,
    [property: Id(3)] DateTimeOffset At);
