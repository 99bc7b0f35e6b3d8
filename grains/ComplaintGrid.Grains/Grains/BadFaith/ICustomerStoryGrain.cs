using Orleans.Concurrency;

namespace ComplaintGrid.Grains.BadFaith;

/// <summary>The customer grain as another customer's view calls it (same grain and key as <see cref="ICustomerGrain"/>).</summary>
[Alias("cg.ICustomerStoryGrain")]
internal interface ICustomerStoryGrain : IGrainWithStringKey
{
    /// <summary>Interleaves: it only changes memory, and two views may link each other at once. Another customer told nearly the story of one of this customer's complaints: the link is kept both ways.</summary>
    [Alias("Retold"), AlwaysInterleave]
    Task Retold(StoryLink link);
}
