using ComplaintGrid.Domain.Duplicates;
using ComplaintGrid.Domain.Text;

namespace ComplaintGrid.Tests.Domain.Duplicates;

public sealed class DuplicateDetectorTests
{
    private const string Story = "The sofa arrived with a torn cover and nobody from the depot called me back as promised";
    private static readonly DateTimeOffset Monday = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    private readonly DuplicateDetector _detector = new(new DuplicateOptions { Window = TimeSpan.FromDays(14), Threshold = 0.6 });
    private readonly List<RecentFiling> _recent = [];

    private static DuplicateProbe Probe(string id, string? reference, string text, string customer = "cust-1", SubjectKind subject = SubjectKind.Order) =>
        new(customer, id, subject, reference, TextFingerprint.Of(text));

    private string? Link(DuplicateProbe probe, DateTimeOffset at) => _detector.Link(_recent, probe, at, _ => true);

    [Fact]
    public void Same_reference_within_the_window_is_linked_to_the_first()
    {
        Assert.Null(Link(Probe("CMP-A", "ORD-1", Story), Monday));

        Assert.Equal("CMP-A", Link(Probe("CMP-B", " ord-1 ", "Where is my refund for the broken sofa?"), Monday.AddDays(13)));
    }

    [Fact]
    public void Same_reference_outside_the_window_is_not_linked()
    {
        Link(Probe("CMP-A", "ORD-1", Story), Monday);

        Assert.Null(Link(Probe("CMP-B", "ORD-1", Story), Monday.AddDays(15)));
    }

    [Fact]
    public void Near_identical_text_under_another_reference_is_linked()
    {
        Link(Probe("CMP-A", "ORD-1", Story), Monday);

        Assert.Equal("CMP-A", Link(Probe("CMP-B", null, Story.Replace("torn", "ripped", StringComparison.Ordinal)), Monday.AddHours(2)));
    }

    [Fact]
    public void Different_text_and_reference_is_not_linked()
    {
        Link(Probe("CMP-A", "ORD-1", Story), Monday);

        Assert.Null(Link(Probe("CMP-B", "ORD-2", "I was charged twice for my broadband this month and want the money back"), Monday.AddHours(2)));
    }

    [Fact]
    public void Another_customers_complaint_is_never_linked()
    {
        Link(Probe("CMP-A", "ORD-1", Story, customer: "cust-1"), Monday);

        Assert.Null(Link(Probe("CMP-B", "ORD-1", Story, customer: "cust-2"), Monday.AddHours(1)));
    }

    [Fact]
    public void The_same_reference_about_another_subject_is_not_linked_by_reference()
    {
        Link(Probe("CMP-A", "42", Story), Monday);

        Assert.Null(Link(Probe("CMP-B", "42", "The agent on the phone was rude to me", subject: SubjectKind.Employee), Monday.AddHours(1)));
    }

    [Fact]
    public void A_third_filing_matching_a_duplicate_is_linked_to_the_primary()
    {
        Link(Probe("CMP-A", "ORD-1", "Nobody called me back about order one"), Monday);
        Link(Probe("CMP-B", "ORD-1", Story), Monday.AddHours(1));

        Assert.Equal("CMP-A", Link(Probe("CMP-C", null, Story), Monday.AddHours(2)));
    }

    [Fact]
    public void A_closed_primary_takes_no_more_duplicates()
    {
        Link(Probe("CMP-A", "ORD-1", Story), Monday);

        Assert.Null(_detector.Link(_recent, Probe("CMP-B", "ORD-1", Story), Monday.AddHours(1), id => id != "CMP-A"));
    }

    [Fact]
    public void A_retried_filing_gets_the_same_answer_and_is_remembered_once()
    {
        Link(Probe("CMP-A", "ORD-1", Story), Monday);
        Link(Probe("CMP-B", "ORD-1", Story), Monday.AddHours(1));

        Assert.Equal("CMP-A", Link(Probe("CMP-B", "ORD-1", Story), Monday.AddHours(2)));
        Assert.Equal(2, _recent.Count);
    }

    [Fact]
    public void Filings_older_than_the_window_are_forgotten()
    {
        Link(Probe("CMP-A", "ORD-1", Story), Monday);
        Link(Probe("CMP-B", "ORD-9", "Something else entirely happened to my washing machine"), Monday.AddDays(20));

        Assert.Equal(["CMP-B"], _recent.Select(r => r.ComplaintId));
    }

    [Fact]
    public void Erased_references_match_nothing()
    {
        Link(Probe("CMP-A", ErasedText.Marker, "one"), Monday);

        Assert.Null(Link(Probe("CMP-B", ErasedText.Marker, "two"), Monday.AddHours(1)));
    }
}
