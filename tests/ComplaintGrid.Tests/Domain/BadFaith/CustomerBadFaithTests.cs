using ComplaintGrid.Domain.BadFaith;
using ComplaintGrid.Domain.Churn;
using ComplaintGrid.Domain.Text;

namespace ComplaintGrid.Tests.Domain.BadFaith;

public sealed class CustomerBadFaithTests
{
    private const string Story = "The parcel was left open on the doorstep and half of the contents were missing; I expect compensation.";
    private const string OtherStory = "The heater stopped working on the first evening and scorched the wall behind it; I want it replaced.";
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    private readonly CustomerState _state = new();
    private readonly CustomerBadFaith _badFaith;

    public CustomerBadFaithTests() => _badFaith = new CustomerBadFaith(_state, new BadFaithOptions());

    private void File(string id, string reference, string description, Demand demand, DateTimeOffset? at = null, CloseOutcome? outcome = null, decimal? granted = null)
    {
        _state.Complaints[id] = new ComplaintSummary(id, "cust-1", "logistics", outcome is null ? ComplaintStatus.Received : ComplaintStatus.Closed, outcome,
            Severity.Medium, Severity.Medium, Category.Delivery, SubjectKind.Order, reference, outcome is null ? null : ComplaintType.Substantive,
            at ?? Now.AddDays(-1), null, null, null, null, null, EscalationLevel.None, EscalationLevel.None, EscalationLevel.None, EscalationLevel.None,
            0, 0, 0, false, null, null, null, granted);
        _badFaith.AddStory(id, _badFaith.FingerprintOf($"{description} ({reference})"), demand);
    }

    [Fact]
    public void Evaluate_SameStoryUnderThreeReferencesAskingCompensation_RaisesWithBothReasons()
    {
        File("c1", "ORD-100001", Story, Demand.Compensation);
        File("c2", "ORD-100002", Story, Demand.Compensation);
        File("c3", "ORD-100003", Story, Demand.Compensation);

        Assert.Equal(BadFaithChange.Raised, _badFaith.Evaluate(Now));

        var view = _badFaith.ToView("cust-1", Now);
        Assert.True(view.Flagged);
        Assert.Equal(Now, view.RaisedAt);
        Assert.Equal([BadFaithReasons.RepeatCompensation, BadFaithReasons.StoryReused], view.Reasons.Select(r => r.Name));
        Assert.Equal(3, view.Reasons[1].Value);
        Assert.Equal(new FlaggedCustomer("cust-1", Now, [BadFaithReasons.RepeatCompensation, BadFaithReasons.StoryReused]).Reasons, _badFaith.ToRow("cust-1")!.Reasons);
    }

    [Fact]
    public void Facts_ShortStockTexts_AreNotAStory()
    {
        // Thousands of honest customers write "My delivery is three days late.": too short to compare.
        File("c1", "ORD-1000", "My delivery is three days late.", Demand.Refund);
        File("c2", "ORD-1001", "My delivery is three days late.", Demand.Refund);

        Assert.True(_state.Stories["c1"].Fingerprint.IsEmpty);
        Assert.Equal(0, _badFaith.Facts(Now).StoryReferences);
    }

    [Fact]
    public void Facts_DifferentStoriesAndOneReference_AreNoReuse()
    {
        File("c1", "ORD-100001", Story, Demand.Compensation);
        File("c2", "ORD-100002", OtherStory, Demand.Compensation);
        File("c3", "ORD-100001", Story, Demand.Compensation);

        // c1 and c3 tell one story about one order: the phone call and the e-mail, not a second claim.
        Assert.Equal(1, _badFaith.Facts(Now).StoryReferences);
    }

    [Fact]
    public void Facts_CountWithinTheWindowOnly()
    {
        File("old", "ORD-100001", Story, Demand.Compensation, at: Now.AddDays(-200), outcome: CloseOutcome.NotUpheld);
        File("new", "ORD-100002", Story, Demand.Compensation, outcome: CloseOutcome.Resolved, granted: 300m);

        var facts = _badFaith.Facts(Now);

        Assert.Equal(new BadFaithFacts(1, 1, 1, 0, 1, 0, 300m, 1), facts);
    }

    [Fact]
    public void Evaluate_FrequentHonestCustomerWithRefunds_IsNotRaised()
    {
        for (var i = 0; i < 12; i++)
            File($"c{i}", $"ORD-{1000 + i % 3}", "It stopped working within a week.", Demand.Refund, outcome: CloseOutcome.Resolved, granted: 400m);

        Assert.Equal(BadFaithChange.None, _badFaith.Evaluate(Now));
        Assert.False(_badFaith.ToView("cust-1", Now).Flagged);
        Assert.Equal([BadFaithReasons.Frequent, BadFaithReasons.RemedyTotal], _badFaith.ToView("cust-1", Now).Reasons.Select(r => r.Name));
    }

    [Fact]
    public void Evaluate_LinkToAnotherCustomer_AddsStoryShared()
    {
        File("c1", "ORD-100001", Story, Demand.Compensation);
        File("c2", "ORD-100002", OtherStory, Demand.Compensation);
        Assert.Equal(BadFaithChange.None, _badFaith.Evaluate(Now));

        Assert.True(_badFaith.AddLink(new StoryLink("c1", "cust-2", "c9", 1.0, Now)));
        Assert.False(_badFaith.AddLink(new StoryLink("c1", "cust-2", "c9", 1.0, Now)));

        Assert.Equal(BadFaithChange.Raised, _badFaith.Evaluate(Now));
        Assert.Contains(_badFaith.ToView("cust-1", Now).Reasons, r => r.Name == BadFaithReasons.StoryShared);
    }

    [Fact]
    public void Clear_NoFlag_IsRefusedNamingTheCustomer()
    {
        var error = Assert.Throws<ComplaintGridException>(() => _badFaith.Clear(new ClearBadFaith("sup-1", "Checked."), Now));

        Assert.Equal(ErrorCodes.NotFlagged, error.Code);
    }

    [Fact]
    public void Clear_KeepsWhoWhenWhy_AndStaysClearedUntilNewFacts()
    {
        File("c1", "ORD-100001", Story, Demand.Compensation);
        File("c2", "ORD-100002", Story, Demand.Compensation);
        _badFaith.Evaluate(Now);

        _badFaith.Clear(new ClearBadFaith("sup-1", "  Two parcels really were opened; the courier confirmed.  "), Now.AddHours(1));

        var view = _badFaith.ToView("cust-1", Now.AddHours(1));
        Assert.False(view.Flagged);
        Assert.Null(_badFaith.ToRow("cust-1"));
        Assert.Equal(new BadFaithClearance("sup-1", Now.AddHours(1), "Two parcels really were opened; the courier confirmed."), view.LastClearance);
        // The same facts, evaluated again, do not raise it.
        Assert.Equal(BadFaithChange.None, _badFaith.Evaluate(Now.AddHours(2)));

        File("c3", "ORD-100003", Story, Demand.Compensation, at: Now.AddHours(3));

        Assert.Equal(BadFaithChange.Raised, _badFaith.Evaluate(Now.AddHours(3)));
        Assert.Equal(Now.AddHours(3), _badFaith.ToView("cust-1", Now.AddHours(3)).RaisedAt);
    }

    [Fact]
    public void Erase_ForgetsTheStoryAndItsLinks()
    {
        File("c1", "ORD-100001", Story, Demand.Compensation);
        _badFaith.AddLink(new StoryLink("c1", "cust-2", "c9", 1.0, Now));

        _badFaith.Erase("c1");

        Assert.Equal(TextFingerprint.Empty, _state.Stories["c1"].Fingerprint);
        Assert.Empty(_state.StoryLinks);
        Assert.Equal(Demand.Compensation, _state.Stories["c1"].Demand);
    }
}
