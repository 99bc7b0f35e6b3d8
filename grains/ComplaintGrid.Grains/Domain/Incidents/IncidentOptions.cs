namespace ComplaintGrid.Domain.Incidents;

/// <summary>
/// When a burst of complaints becomes an incident (configuration section <c>ComplaintGrid:Incidents</c>): at least
/// <see cref="MinimumCount"/> complaints of one category and department within <see cref="Window"/> that quote the same
/// reference or tell near-identical stories (<see cref="SimilarityThreshold"/>).
/// </summary>
public sealed class IncidentOptions
{
    public const string SectionName = "ComplaintGrid:Incidents";

    /// <summary>
    /// Whether filings are watched for bursts. Off unless configured: the shipped appsettings.json turns it on, and a
    /// host that files the same story many times on purpose (a test, a demonstration) is not grouped by surprise.
    /// </summary>
    public bool Enabled { get; set; }

    /// <summary>How close together a burst's complaints must come; also the span growth is measured over.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Complaints a burst needs before it is an incident: fewer is coincidence.</summary>
    public int MinimumCount { get; set; } = 5;

    /// <summary>
    /// Jaccard similarity of two descriptions (<see cref="Text.TextFingerprint.Similarity"/>) at which they tell the same
    /// story: 0.5 keeps an outage's reworded reports together and two customers' stock phrases apart.
    /// </summary>
    public double SimilarityThreshold { get; set; } = 0.5;
}
