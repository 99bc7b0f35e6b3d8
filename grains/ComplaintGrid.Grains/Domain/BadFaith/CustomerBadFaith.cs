using ComplaintGrid.Domain.Churn;
using ComplaintGrid.Domain.Text;

namespace ComplaintGrid.Domain.BadFaith;

/// <summary>
/// The bad-faith flag of one customer, over the customer's state: keeps each complaint's story and demand and the links
/// to other customers' near-identical stories, gathers the facts, raises the flag when the rule holds and clears it
/// when a supervisor says why. Raising never touches a complaint: the flag only informs supervisors.
/// </summary>
public sealed class CustomerBadFaith(CustomerState state, BadFaithOptions options)
{
    /// <summary>Stories compared at most, the newest: a customer with a long history is compared on the recent part.</summary>
    private const int ComparedStories = 64;

    /// <summary>The fingerprint kept for <paramref name="description"/>: empty when too short to tell a story.</summary>
    public TextFingerprint FingerprintOf(string? description)
    {
        var fingerprint = TextFingerprint.Of(description);
        return fingerprint.Shingles.Length >= options.MinStoryShingles ? fingerprint : TextFingerprint.Empty;
    }

    /// <summary>Whether the complaint's story has been read into the view.</summary>
    public bool HasStory(string complaintId) => state.Stories.ContainsKey(complaintId);

    /// <summary>The complaints whose stories are still to be read: known to the view, filed within the window.</summary>
    public List<string> StoriesToRead(DateTimeOffset now)
    {
        var ids = new List<string>();
        foreach (var (id, summary) in state.Complaints)
        {
            if (!state.Stories.ContainsKey(id) && now - summary.FiledAt <= options.Window)
                ids.Add(id);
        }
        return ids;
    }

    /// <summary>Keeps a complaint's story and demand.</summary>
    public void AddStory(string complaintId, TextFingerprint fingerprint, Demand demand) =>
        state.Stories[complaintId] = new CustomerStory(fingerprint, demand);

    /// <summary>Links one of this customer's complaints to another customer's; returns false when already linked.</summary>
    public bool AddLink(StoryLink link)
    {
        ArgumentNullException.ThrowIfNull(link);
        if (link.OtherCustomerId.Length == 0 || state.StoryLinks.Exists(l => l.ComplaintId == link.ComplaintId && l.OtherComplaintId == link.OtherComplaintId))
            return false;
        state.StoryLinks.Insert(0, link);
        if (state.StoryLinks.Count > options.MaxLinks)
            state.StoryLinks.RemoveRange(options.MaxLinks, state.StoryLinks.Count - options.MaxLinks);
        return true;
    }

    /// <summary>An erased complaint's story is forgotten: its fingerprint was drawn from the customer's words.</summary>
    public void Erase(string complaintId)
    {
        if (state.Stories.TryGetValue(complaintId, out var story))
            state.Stories[complaintId] = story with { Fingerprint = TextFingerprint.Empty };
        state.StoryLinks.RemoveAll(l => l.ComplaintId == complaintId);
    }

    /// <summary>The facts in the window ending at <paramref name="now"/>.</summary>
    public BadFaithFacts Facts(DateTimeOffset now)
    {
        int complaints = 0, compensation = 0, assessed = 0, notUpheld = 0, remedies = 0;
        decimal money = 0;
        var told = new List<(string Reference, TextFingerprint Fingerprint, DateTimeOffset At)>();
        var inWindow = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, c) in state.Complaints)
        {
            if (now - c.FiledAt > options.Window)
                continue;
            inWindow.Add(id);
            complaints++;
            if (c.Type is not null || c.Outcome == CloseOutcome.NotUpheld)
                assessed++;
            if (c.Outcome == CloseOutcome.NotUpheld)
                notUpheld++;
            if (c.GrantedAmount is { } granted and > 0)
            {
                money += granted;
                remedies++;
            }
            if (state.Stories.TryGetValue(id, out var story))
            {
                if (story.Demand == Demand.Compensation)
                    compensation++;
                if (!story.Fingerprint.IsEmpty)
                    told.Add((ReferenceOf(id, c), story.Fingerprint, c.FiledAt));
            }
        }
        var others = new HashSet<string>(StringComparer.Ordinal);
        foreach (var link in state.StoryLinks)
        {
            if (inWindow.Contains(link.ComplaintId))
                others.Add(link.OtherCustomerId);
        }
        return new BadFaithFacts(complaints, compensation, MostReferencesOfOneStory(told), others.Count, assessed, notUpheld, money, remedies);
    }

    /// <summary>
    /// Evaluates the rule at <paramref name="now"/>: raises the flag (returns <see cref="BadFaithChange.Raised"/>), or
    /// updates a raised flag's reasons as its facts grow. A raised flag is not lowered by facts ageing out of the window:
    /// only a supervisor clears it. A cleared one stays cleared until a fact is new since the clearing.
    /// </summary>
    public BadFaithChange Evaluate(DateTimeOffset now)
    {
        var reasons = BadFaithRule.Reasons(Facts(now), options);
        if (!BadFaithRule.Raises(reasons, options))
            return BadFaithChange.None;
        if (state.BadFaithFlag is { } flag)
        {
            if (flag.Reasons.SequenceEqual(reasons))
                return BadFaithChange.None;
            state.BadFaithFlag = flag with { Reasons = reasons };
            return BadFaithChange.Updated;
        }
        if (state.BadFaithAtClearance is { } cleared && !BadFaithRule.NewSince(reasons, cleared))
            return BadFaithChange.None;
        state.BadFaithFlag = new BadFaithFlag(now, reasons);
        return BadFaithChange.Raised;
    }

    /// <summary>Clears the raised flag, keeping who, when, why and the facts as they were; refused when none is raised.</summary>
    public void Clear(ClearBadFaith command, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (state.BadFaithFlag is null)
            throw new ComplaintGridException(ErrorCodes.NotFlagged, "customerId", "The customer has no bad-faith flag raised; there is nothing to clear.");
        state.BadFaithClearance = new BadFaithClearance(command.Actor, now, command.Reason.Trim());
        state.BadFaithAtClearance = BadFaithRule.Reasons(Facts(now), options).ToDictionary(r => r.Name, r => r.Value, StringComparer.Ordinal);
        state.BadFaithFlag = null;
    }

    /// <summary>What a supervisor sees.</summary>
    public BadFaithView ToView(string customerId, DateTimeOffset now)
    {
        var flag = state.BadFaithFlag;
        return new BadFaithView(customerId, flag is not null, flag?.RaisedAt, flag?.Reasons ?? BadFaithRule.Reasons(Facts(now), options),
            state.StoryLinks.ToArray(), state.BadFaithClearance);
    }

    /// <summary>The flag as a row of the flagged list; null when not raised.</summary>
    public FlaggedCustomer? ToRow(string customerId) =>
        state.BadFaithFlag is { } flag ? new FlaggedCustomer(customerId, flag.RaisedAt, flag.Reasons.Select(r => r.Name).ToArray()) : null;

    /// <summary>
    /// The most distinct references among complaints that tell one story: each complaint with every other it is
    /// near-identical to. A complaint without a reference counts as a reference of its own.
    /// </summary>
    private int MostReferencesOfOneStory(List<(string Reference, TextFingerprint Fingerprint, DateTimeOffset At)> told)
    {
        if (told.Count < 2)
            return told.Count;
        if (told.Count > ComparedStories)
            told = [.. told.OrderByDescending(t => t.At).Take(ComparedStories)];
        var most = 1;
        for (var i = 0; i < told.Count; i++)
        {
            var references = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { told[i].Reference };
            for (var j = 0; j < told.Count; j++)
            {
                if (i != j && told[i].Fingerprint.Similarity(told[j].Fingerprint) >= options.StorySimilarity)
                    references.Add(told[j].Reference);
            }
            most = Math.Max(most, references.Count);
        }
        return most;
    }

    private static string ReferenceOf(string complaintId, ComplaintSummary c) =>
        string.IsNullOrWhiteSpace(c.Reference) || ErasedText.Is(c.Reference) ? complaintId : c.Reference.Trim();
}
