namespace ComplaintGrid.Grains.BadFaith;

/// <summary>
/// One band of the story index, keyed by a <see cref="Domain.Text.TextFingerprint.BandKeys"/> key: remembers the recent
/// stories that fell in this band and answers which of them told nearly the same story as a new one. Near-identical
/// texts share a band key with high probability, so asking every band of a text finds them without a scan.
/// </summary>
[Alias("cg.IStoryIndexGrain")]
internal interface IStoryIndexGrain : IGrainWithStringKey
{
    /// <summary>Remembers <paramref name="telling"/> and answers the remembered stories of other complaints at or above the similarity threshold.</summary>
    [Alias("Tell")]
    Task<IReadOnlyList<StoryMatch>> Tell(StoryTelling telling);
}
