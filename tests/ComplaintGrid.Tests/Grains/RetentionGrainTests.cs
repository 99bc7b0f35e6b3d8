using static ComplaintGrid.Tests.Grains.TestComplaints;

namespace ComplaintGrid.Tests.Grains;

/// <summary>Closed complaints' texts erased once closed longer than the retention period, on the fake clock.</summary>
[Collection(RetentionCollection.Name)]
public sealed class RetentionGrainTests(RetentionClusterFixture fixture)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(20);

    private readonly IGrainFactory _grains = fixture.Grains;

    [Fact]
    public async Task A_closed_complaint_keeps_its_texts_until_the_period_is_over_then_the_system_erases_them_once()
    {
        var customerId = NewCustomer();
        var (grain, filed) = await FileAsync(_grains, Filing(customerId, reference: "ORD-8001"));
        var (open, _) = await FileAsync(_grains, Filing(customerId, reference: "ORD-8002"));
        await grain.Acknowledge(new AcknowledgeComplaint("agent-1", "We are on it."));
        await grain.Assess(new AssessComplaint("agent-1", false, ComplaintType.Enquiry, Cause.System, null, [], "It was delivered on time."));
        var closed = await grain.Close(new CloseComplaint("lead-1", null, null, null));
        var closedAt = closed.Timeline[^1].At;

        fixture.Clock.Advance(RetentionClusterFixture.ClosedTextsAfter - TimeSpan.FromMinutes(1));
        Assert.Equal("ORD-8001", (await grain.CheckDeadlines()).Reference);

        fixture.Clock.Advance(TimeSpan.FromMinutes(1));
        // The reminder aimed at the retention point fires on Orleans' real clock; the check it runs is this one.
        var erased = await grain.CheckDeadlines();

        Assert.Equal((ErasedText.Marker, ErasedText.Marker), (erased.Description, erased.Reference));
        Assert.Equal(ErasedText.Marker, erased.Classification!.Explanation);
        var entry = erased.Timeline[^1];
        Assert.Equal((ComplaintEventKind.PersonalDataErased, ReservedActors.System, closedAt + RetentionClusterFixture.ClosedTextsAfter),
            (entry.Kind, entry.Actor, entry.At));
        Assert.Equal(erased.Sequence, (await grain.CheckDeadlines()).Sequence);
        // Its open sibling is not due: retention counts from a close.
        Assert.Equal("ORD-8002", (await open.CheckDeadlines()).Reference);
        await Eventually.Value(() => _grains.GetGrain<ICustomerGrain>(customerId).Get(),
            v => v.Complaints.Single(c => c.ComplaintId == filed.Id).Reference == ErasedText.Marker, "the customer view blanked it", Deadline, Poll);
    }
}
