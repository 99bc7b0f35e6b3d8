namespace ComplaintGrid.Domain.Incidents;

/// <summary>
/// Finds bursts among the filings of one category and department. A filing that matches an open incident (same
/// reference, or a description at least <see cref="IncidentOptions.SimilarityThreshold"/> similar to one of its
/// members) joins it; otherwise, when it and the unattached filings it matches within the window reach
/// <see cref="IncidentOptions.MinimumCount"/>, they open one. Plain state, no I/O: its grain feeds it filings in order.
/// </summary>
public sealed class IncidentDetector(IncidentOptions options, Func<string> newIncidentId)
{
    /// <summary>Most filings an incident keeps for matching: enough variety of wording, bounded memory.</summary>
    public const int SamplesPerIncident = 20;

    /// <summary>Longest title, in characters, when taken from a description.</summary>
    public const int TitleLength = 80;

    private readonly List<IncidentFiling> _recent = [];
    private readonly Dictionary<string, OpenIncident> _open = new(StringComparer.Ordinal);

    /// <summary>The incidents this detector opened that still take members.</summary>
    public IReadOnlyCollection<string> OpenIncidents => _open.Keys;

    /// <summary>Takes one filing and decides whether it opens, joins or stays out of an incident.</summary>
    public IncidentDecision Observe(IncidentFiling filing)
    {
        ArgumentNullException.ThrowIfNull(filing);
        Forget(filing.FiledAt);
        if (_recent.Any(f => f.ComplaintId == filing.ComplaintId) || _open.Values.Any(o => o.Has(filing.ComplaintId)))
            return IncidentDecision.None;

        foreach (var (id, incident) in _open)
        {
            if (incident.Samples.Any(s => Matches(s, filing)))
            {
                incident.Join(filing);
                return new IncidentDecision(id, Opened: false, [filing]);
            }
        }

        var burst = _recent.Where(f => Matches(f, filing)).Append(filing).ToList();
        if (burst.Count < options.MinimumCount)
        {
            _recent.Add(filing);
            return IncidentDecision.None;
        }
        var opened = newIncidentId();
        var incidentNew = new OpenIncident(burst);
        _open[opened] = incidentNew;
        _recent.RemoveAll(burst.Contains);
        var reference = SharedReference(burst);
        return new IncidentDecision(opened, Opened: true, burst, reference ?? Title(burst[0].Description), reference);
    }

    /// <summary>An incident that was resolved takes no more members: a new burst opens a new one.</summary>
    public void Closed(string incidentId) => _open.Remove(incidentId);

    private bool Matches(IncidentFiling a, IncidentFiling b) =>
        a.Category == b.Category
        && ((a.ReferenceKey is { } reference && reference == b.ReferenceKey)
            || a.Fingerprint.Similarity(b.Fingerprint) >= options.SimilarityThreshold);

    // Filings older than the window can no longer start a burst; an open incident whose last member is that old has
    // died down, and a later burst about the same thing is a new incident.
    private void Forget(DateTimeOffset now)
    {
        var horizon = now - options.Window;
        _recent.RemoveAll(f => f.FiledAt < horizon);
        foreach (var id in _open.Where(o => o.Value.LastJoinedAt < horizon).Select(o => o.Key).ToArray())
            _open.Remove(id);
    }

    private static string? SharedReference(IReadOnlyList<IncidentFiling> burst)
    {
        var first = burst[0].ReferenceKey;
        return first is not null && burst.All(f => f.ReferenceKey == first) ? burst[0].Reference!.Trim() : null;
    }

    private static string Title(string description)
    {
        var text = string.Join(' ', description.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return text.Length <= TitleLength ? text : text[..(TitleLength - 1)] + "…";
    }

    private sealed class OpenIncident(List<IncidentFiling> members)
    {
        private readonly HashSet<string> _ids = members.Select(m => m.ComplaintId).ToHashSet(StringComparer.Ordinal);

        public List<IncidentFiling> Samples { get; } = members.Take(SamplesPerIncident).ToList();

        public DateTimeOffset LastJoinedAt { get; private set; } = members.Max(m => m.FiledAt);

        public bool Has(string complaintId) => _ids.Contains(complaintId);

        public void Join(IncidentFiling filing)
        {
            _ids.Add(filing.ComplaintId);
            if (Samples.Count < SamplesPerIncident)
                Samples.Add(filing);
            if (filing.FiledAt > LastJoinedAt)
                LastJoinedAt = filing.FiledAt;
        }
    }
}
