using ComplaintGrid.Domain.Incidents;
using ComplaintGrid.Domain.Text;

namespace ComplaintGrid.Tests.Domain.Incidents;

public sealed class IncidentDetectorTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly IncidentOptions Options = new() { Window = TimeSpan.FromMinutes(15), MinimumCount = 5, SimilarityThreshold = 0.5 };
    private const string Outage = "No broadband since the storm last night, the router shows a red light and support hangs up";

    private int _ids;

    private IncidentDetector Detector() => new(Options, () => $"INC-{++_ids:D12}");

    private static IncidentFiling Filing(int n, string description = Outage, string? reference = null, Category category = Category.ServiceConduct,
        TimeSpan? after = null) =>
        new($"CMP-{n:D13}", "customer-service", category, reference, description, TextFingerprint.Of(description),
            Start + (after ?? TimeSpan.FromMinutes(n)));

    [Fact]
    public void Burst_OfNearIdenticalTexts_OpensAnIncidentAtTheMinimumCount_WithEveryMember()
    {
        var detector = Detector();
        var decisions = Enumerable.Range(1, 5).Select(n => detector.Observe(Filing(n, n % 2 == 0 ? Outage + " again" : Outage))).ToArray();

        Assert.All(decisions[..4], d => Assert.Null(d.IncidentId));
        Assert.True(decisions[4].Opened);
        Assert.Equal("INC-000000000001", decisions[4].IncidentId);
        Assert.Equal(Enumerable.Range(1, 5).Select(n => $"CMP-{n:D13}"), decisions[4].Members.Select(m => m.ComplaintId));
        Assert.StartsWith("No broadband since the storm", decisions[4].Title, StringComparison.Ordinal);
    }

    [Fact]
    public void BelowTheMinimumCount_OpensNoIncident()
    {
        var detector = Detector();

        var decisions = Enumerable.Range(1, 4).Select(n => detector.Observe(Filing(n))).ToArray();

        Assert.All(decisions, d => Assert.Null(d.IncidentId));
        Assert.Empty(detector.OpenIncidents);
    }

    [Fact]
    public void SameTextInAnotherCategory_DoesNotCount()
    {
        var detector = Detector();
        for (var n = 1; n <= 4; n++)
            detector.Observe(Filing(n));

        var other = detector.Observe(Filing(5, category: Category.Billing));

        Assert.Null(other.IncidentId);
        Assert.Empty(detector.OpenIncidents);
    }

    [Fact]
    public void SharedReference_WithDifferentTexts_OpensAnIncidentTitledByTheReference()
    {
        var detector = Detector();
        var texts = new[] { "Cannot log in at all", "Website shows an error page", "App crashes on start", "Payments page is blank", "Nothing loads today" };

        var last = texts.Select((t, i) => detector.Observe(Filing(i + 1, t, reference: i % 2 == 0 ? "svc-77" : " SVC-77 "))).Last();

        Assert.True(last.Opened);
        Assert.Equal("svc-77", last.Title);
        Assert.Equal("svc-77", last.Reference);
    }

    [Fact]
    public void FilingsSpreadBeyondTheWindow_OpenNoIncident()
    {
        var detector = Detector();

        var decisions = Enumerable.Range(1, 5).Select(n => detector.Observe(Filing(n, after: TimeSpan.FromMinutes(n * 16)))).ToArray();

        Assert.All(decisions, d => Assert.Null(d.IncidentId));
    }

    [Fact]
    public void ALaterSimilarFiling_JoinsTheOpenIncident_AndAnUnrelatedOneDoesNot()
    {
        var detector = Detector();
        for (var n = 1; n <= 5; n++)
            detector.Observe(Filing(n));

        var joined = detector.Observe(Filing(6));
        var unrelated = detector.Observe(Filing(7, "My invoice shows a charge for a phone I returned in January"));

        Assert.Equal("INC-000000000001", joined.IncidentId);
        Assert.False(joined.Opened);
        Assert.Equal(["CMP-0000000000006"], joined.Members.Select(m => m.ComplaintId));
        Assert.Null(unrelated.IncidentId);
    }

    [Fact]
    public void AClosedIncident_TakesNoMoreMembers()
    {
        var detector = Detector();
        for (var n = 1; n <= 5; n++)
            detector.Observe(Filing(n));

        detector.Closed("INC-000000000001");

        Assert.Null(detector.Observe(Filing(6)).IncidentId);
    }

    [Fact]
    public void TheSameComplaintObservedTwice_CountsOnce()
    {
        var detector = Detector();
        for (var n = 1; n <= 4; n++)
        {
            detector.Observe(Filing(n));
            detector.Observe(Filing(n));
        }

        Assert.Empty(detector.OpenIncidents);
    }
}
