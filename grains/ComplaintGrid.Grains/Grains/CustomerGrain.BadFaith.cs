using ComplaintGrid.Domain.BadFaith;
using ComplaintGrid.Domain.Text;
using ComplaintGrid.Grains.BadFaith;

namespace ComplaintGrid.Grains;

/// <summary>
/// The customer's bad-faith flag. Each new complaint's description and demand are read from the complaint after its
/// filing reached this view, off the complaint's path, so the flag never slows or refuses a complaint; its story is told
/// to the story index, whose answer links it to other customers' near-identical stories; then the rule is evaluated.
/// </summary>
internal sealed partial class CustomerGrain : ICustomerStoryGrain
{
    private CustomerBadFaith _badFaith = null!;
    private readonly HashSet<string> _storiesToRead = new(StringComparer.Ordinal);
    private Task? _reading;

    public Task<BadFaithView> GetBadFaith() => Task.FromResult(_badFaith.ToView(_id, clock.GetUtcNow()));

    public async Task<BadFaithView> ClearBadFaith(ClearBadFaith command)
    {
        ArgumentNullException.ThrowIfNull(command);
        CommandValidator.Validate(command);
        var now = clock.GetUtcNow();
        _badFaith.Clear(command, now);
        _checkpoint.Changed();
        await _checkpoint.Save();
        BadFaithLog.Cleared(logger, _id, command.Actor);
        try
        {
            await GrainFactory.GetGrain<IFlaggedCustomersRegister>(0).Cleared(_id);
        }
        catch (Exception ex)
        {
            BadFaithLog.RegisterFailed(logger, ex, _id);
        }
        return _badFaith.ToView(_id, now);
    }

    public Task Retold(StoryLink link)
    {
        ArgumentNullException.ThrowIfNull(link);
        if (_badFaith.AddLink(link))
        {
            _checkpoint.Changed();
            EvaluateBadFaith();
        }
        return Task.CompletedTask;
    }

    private void BadFaithActivated()
    {
        _badFaith = new CustomerBadFaith(_snapshot.Live, badFaithOptions.Value);
        foreach (var id in _badFaith.StoriesToRead(clock.GetUtcNow()))
            _storiesToRead.Add(id);
        ReadStories();
    }

    /// <summary>After events are applied: erased stories are forgotten, unread ones queued, and the rule evaluated.</summary>
    private void BadFaithApplied(IReadOnlyList<ComplaintEvent> events)
    {
        var complaintId = DeliveredEvents.ComplaintOf(events);
        foreach (var e in events)
        {
            if (e.Kind == ComplaintEventKind.PersonalDataErased)
            {
                _badFaith.Erase(complaintId);
                _checkpoint.Changed();
            }
        }
        if (!_badFaith.HasStory(complaintId))
            _storiesToRead.Add(complaintId);
        EvaluateBadFaith();
        ReadStories();
    }

    private void ReadStories()
    {
        if (_storiesToRead.Count > 0 && _reading is null or { IsCompleted: true })
            _reading = ReadQueuedStories();
    }

    /// <summary>Reads queued stories one at a time, on the grain's scheduler; requests interleave between reads.</summary>
    private async Task ReadQueuedStories()
    {
        while (_storiesToRead.Count > 0)
        {
            var complaintId = _storiesToRead.First();
            _storiesToRead.Remove(complaintId);
            try
            {
                var complaint = await GrainFactory.GetGrain<IComplaintGrain>(complaintId).Get();
                var fingerprint = ErasedText.Is(complaint.Description) ? TextFingerprint.Empty : _badFaith.FingerprintOf(complaint.Description);
                _badFaith.AddStory(complaintId, fingerprint, complaint.Demand);
                _checkpoint.Changed();
                if (!fingerprint.IsEmpty)
                    await TellStory(complaintId, fingerprint, complaint.FiledAt);
                EvaluateBadFaith();
            }
            catch (Exception ex)
            {
                // Left unread: the complaint's next event, or the view's next activation, queues it again.
                BadFaithLog.StoryReadFailed(logger, ex, _id, complaintId);
            }
        }
    }

    /// <summary>Tells the story to every band of the index; other customers' near-identical stories are linked both ways.</summary>
    private async Task TellStory(string complaintId, TextFingerprint fingerprint, DateTimeOffset filedAt)
    {
        var telling = new StoryTelling(_id, complaintId, fingerprint, filedAt);
        var answers = await Task.WhenAll(fingerprint.BandKeys().Select(key => GrainFactory.GetGrain<IStoryIndexGrain>(key).Tell(telling)));
        var now = clock.GetUtcNow();
        var others = answers.SelectMany(a => a)
            .Where(m => m.CustomerId != _id)
            .DistinctBy(m => m.ComplaintId)
            .OrderByDescending(m => m.Similarity)
            .Take(badFaithOptions.Value.MaxLinks)
            .ToArray();
        foreach (var match in others)
        {
            if (_badFaith.AddLink(new StoryLink(complaintId, match.CustomerId, match.ComplaintId, match.Similarity, now)))
                _checkpoint.Changed();
        }
        await Task.WhenAll(others.Select(m => GrainFactory.GetGrain<ICustomerStoryGrain>(m.CustomerId)
            .Retold(new StoryLink(m.ComplaintId, _id, complaintId, m.Similarity, now))));
    }

    private void EvaluateBadFaith()
    {
        var change = _badFaith.Evaluate(clock.GetUtcNow());
        if (change == BadFaithChange.None || _badFaith.ToRow(_id) is not { } row)
            return;
        _checkpoint.Changed();
        if (change == BadFaithChange.Raised)
            BadFaithLog.Raised(logger, _id, row.Reasons.Count);
        _ = Register(row);
    }

    private async Task Register(FlaggedCustomer row)
    {
        try
        {
            await GrainFactory.GetGrain<IFlaggedCustomersRegister>(0).Raised(row);
        }
        catch (Exception ex)
        {
            BadFaithLog.RegisterFailed(logger, ex, _id);
        }
    }
}
