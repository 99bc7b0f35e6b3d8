using ComplaintGrid.Domain.BadFaith;
using ComplaintGrid.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ComplaintGrid.Grains.BadFaith;

/// <summary>
/// Remembers the band's recent stories in memory only, bounded by count (<see cref="BadFaithOptions.IndexCapacity"/>)
/// and by the window: a band that is lost (a silo gone) forgets, and the customer views keep the links it had found.
/// Kept active a day when idle, so a quiet band does not forget within minutes.
/// </summary>
[CollectionAgeLimit(Days = 1)]
internal sealed class StoryIndexGrain(
    [FromKeyedServices(ComplaintGridClock.Key)] TimeProvider clock,
    IOptions<BadFaithOptions> options) : Grain, IStoryIndexGrain
{
    private readonly LinkedList<StoryTelling> _recent = new();

    public Task<IReadOnlyList<StoryMatch>> Tell(StoryTelling telling)
    {
        ArgumentNullException.ThrowIfNull(telling);
        var o = options.Value;
        var oldest = clock.GetUtcNow() - o.Window;
        while (_recent.Last is { } last && (_recent.Count >= o.IndexCapacity || last.Value.At < oldest))
            _recent.RemoveLast();
        var matches = new List<StoryMatch>();
        var known = false;
        foreach (var told in _recent)
        {
            if (told.ComplaintId == telling.ComplaintId)
            {
                known = true;
                continue;
            }
            var similarity = told.Fingerprint.Similarity(telling.Fingerprint);
            if (similarity >= o.StorySimilarity)
                matches.Add(new StoryMatch(told.CustomerId, told.ComplaintId, similarity));
        }
        // A view that reads a story again (after a restart) must not fill the band with copies of it.
        if (!known)
            _recent.AddFirst(telling);
        return Task.FromResult<IReadOnlyList<StoryMatch>>(matches);
    }
}
