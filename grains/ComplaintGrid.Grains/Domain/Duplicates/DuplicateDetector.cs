namespace ComplaintGrid.Domain.Duplicates;

/// <summary>
/// The rule that links a new complaint to an earlier one of the same customer as its duplicate: filed within the window
/// after it, while it is open, about the same subject and reference or with near-identical text. The earliest match
/// wins, and a match that is itself a duplicate leads to its primary, so every duplicate names the first complaint.
/// </summary>
public sealed class DuplicateDetector(DuplicateOptions options)
{
    /// <summary>
    /// The most filings a customer's view remembers: far above an honest customer's fortnight, and a bound on what one
    /// caller filing in a loop can make the view store.
    /// </summary>
    public const int MaximumRemembered = 200;

    public DuplicateOptions Options => options;

    /// <summary>
    /// The primary <paramref name="probe"/> duplicates among <paramref name="recent"/> (oldest first), or null; remembers
    /// the probe in <paramref name="recent"/> and forgets filings older than the window. Asked again for a complaint it
    /// remembers (a retried filing), it answers what it answered the first time. <paramref name="isOpen"/> says whether a
    /// complaint is still open; a closed primary takes no more duplicates.
    /// </summary>
    public string? Link(List<RecentFiling> recent, DuplicateProbe probe, DateTimeOffset now, Func<string, bool> isOpen)
    {
        ArgumentNullException.ThrowIfNull(recent);
        ArgumentNullException.ThrowIfNull(probe);
        ArgumentNullException.ThrowIfNull(isOpen);
        var known = recent.Find(r => string.Equals(r.ComplaintId, probe.ComplaintId, StringComparison.Ordinal));
        if (known is not null)
            return known.DuplicateOf;
        Forget(recent, now);
        string? primary = null;
        foreach (var earlier in recent)
        {
            if (!Matches(earlier, probe, now))
                continue;
            var candidate = earlier.DuplicateOf ?? earlier.ComplaintId;
            if (!isOpen(candidate))
                continue;
            primary = candidate;
            break;
        }
        if (recent.Count >= MaximumRemembered)
            recent.RemoveRange(0, recent.Count - MaximumRemembered + 1);
        recent.Add(new RecentFiling(probe.CustomerId, probe.ComplaintId, probe.Subject, probe.Reference, probe.Fingerprint, now, primary));
        return primary;
    }

    /// <summary>Whether <paramref name="probe"/>, filed at <paramref name="now"/>, duplicates <paramref name="earlier"/>.</summary>
    public bool Matches(RecentFiling earlier, DuplicateProbe probe, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        ArgumentNullException.ThrowIfNull(probe);
        if (!string.Equals(earlier.CustomerId, probe.CustomerId, StringComparison.Ordinal)
            || string.Equals(earlier.ComplaintId, probe.ComplaintId, StringComparison.Ordinal)
            || now - earlier.FiledAt > options.Window || now < earlier.FiledAt)
        {
            return false;
        }
        return SameReference(earlier, probe) || earlier.Fingerprint.Similarity(probe.Fingerprint) >= options.Threshold;
    }

    /// <summary>Forgets filings older than the window.</summary>
    public void Forget(List<RecentFiling> recent, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(recent);
        recent.RemoveAll(r => now - r.FiledAt > options.Window);
    }

    /// <summary>Forgets a complaint's filing: its texts were erased, and its reference and fingerprint go with them.</summary>
    public static void Forget(List<RecentFiling> recent, string complaintId)
    {
        ArgumentNullException.ThrowIfNull(recent);
        recent.RemoveAll(r => string.Equals(r.ComplaintId, complaintId, StringComparison.Ordinal));
    }

    private static bool SameReference(RecentFiling earlier, DuplicateProbe probe) =>
        earlier.Subject == probe.Subject && IsReferenced(earlier.Reference) && IsReferenced(probe.Reference)
        && earlier.Reference.AsSpan().Trim().Equals(probe.Reference.AsSpan().Trim(), StringComparison.OrdinalIgnoreCase);

    // An erased reference says nothing about what the complaint was about.
    private static bool IsReferenced([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? reference) =>
        !string.IsNullOrWhiteSpace(reference) && !ErasedText.Is(reference);
}
