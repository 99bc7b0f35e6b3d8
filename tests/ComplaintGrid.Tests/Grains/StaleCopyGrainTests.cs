using ComplaintGrid.Domain.Lifecycle;
using ComplaintGrid.Grains;
using Orleans.Storage;
using static ComplaintGrid.Tests.Grains.TestComplaints;

namespace ComplaintGrid.Tests.Grains;

/// <summary>
/// A silo declared dead may only be frozen, and wake holding a copy of a complaint that then stores one more step,
/// since a copy activated elsewhere meanwhile has only read. These tests play that older copy by writing the
/// complaint's storage directly, with the version it read before the newer copy was activated.
/// </summary>
[Collection(StaleCopyCollection.Name)]
public sealed class StaleCopyGrainTests(StaleCopyClusterFixture fixture) : IDisposable
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(20);
    private static readonly AssessComplaint Assessment =
        new("agent-2", false, ComplaintType.Enquiry, Cause.System, null, [], "Billed correctly.");

    public void Dispose() => fixture.Deaths.Forget();

    [Fact]
    public async Task NoSiloDied_ReadingAComplaintActivatedAgain_WritesNothing()
    {
        var complaint = await AcknowledgedComplaintAsync("no-death");
        var before = await StoredAsync(complaint);
        await CollectAsync();

        Assert.Equal(ComplaintStatus.Acknowledged, (await complaint.Get()).Status);

        Assert.Equal(before.ETag, (await StoredAsync(complaint)).ETag);
    }

    [Fact]
    public async Task CopyActivatedAfterASiloDied_WritesBeforeItsFirstRead_SoTheOlderCopysStepIsRefused()
    {
        var complaint = await AcknowledgedComplaintAsync("fenced-first");
        var olderCopy = await StoredAsync(complaint);
        await CollectAsync();
        fixture.Deaths.Learned();

        Assert.Equal(ComplaintStatus.Acknowledged, (await complaint.Get()).Status);

        await Assert.ThrowsAsync<InconsistentStateException>(() => StoreStepAsync(complaint, olderCopy));
        Assert.Equal(ComplaintStatus.Acknowledged, (await complaint.Get()).Status);
        Assert.Equal(ComplaintStatus.Acknowledged, (await StoredAsync(complaint)).State?.Status);
    }

    [Fact]
    public async Task CopyActivatedAfterASiloDied_WhoseOlderCopyStoredAStepFirst_RefusesToAnswer_AndTheRetryReadsThatStep()
    {
        var complaint = await AcknowledgedComplaintAsync("older-first");
        var olderCopy = await StoredAsync(complaint);
        await CollectAsync();
        fixture.Deaths.Learned();

        // Activated by a read that never writes, as a customer view's question activates it after its silo died.
        await fixture.Grains.GetGrain<IComplaintSummarySource>(complaint.GetPrimaryKeyString()).GetStoredSummary();
        await StoreStepAsync(complaint, olderCopy);

        // Without the write first, this copy would answer "acknowledged" until its own next write failed.
        await Assert.ThrowsAsync<ComplaintGridUnavailableException>(() => complaint.Get());
        await Eventually.True(async () => await StatusOrRetry(complaint) == ComplaintStatus.Closed,
            "the next copy read the step the older copy stored", Within);
    }

    private async Task<IComplaintGrain> AcknowledgedComplaintAsync(string key)
    {
        var (complaint, _) = await FileAsync(fixture.Grains, Filing(NewCustomer(), Category.Billing, key: key));
        await complaint.Acknowledge(new AcknowledgeComplaint("agent-1", "We are on it."));
        return complaint;
    }

    /// <summary>What a caller retrying as the client does sees: null while the copy is still refusing.</summary>
    private static async Task<ComplaintStatus?> StatusOrRetry(IComplaintGrain complaint)
    {
        try
        {
            return (await complaint.Get()).Status;
        }
        catch (ComplaintGridUnavailableException)
        {
            return null;
        }
    }

    private Task CollectAsync() => fixture.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);

    private async Task<GrainState<ComplaintState>> StoredAsync(IComplaintGrain complaint)
    {
        var stored = new GrainState<ComplaintState>(new ComplaintState());
        await fixture.Storage.ReadStateAsync("complaint", complaint.GetGrainId(), stored);
        return stored;
    }

    /// <summary>What the older copy does with a command: decides on the state it holds and stores it, with the version it read.</summary>
    private async Task StoreStepAsync(IComplaintGrain complaint, GrainState<ComplaintState> olderCopy)
    {
        var decided = new Complaint(olderCopy.State ?? throw new InvalidOperationException("Nothing stored for the older copy."), fixture.Rules);
        var now = TimeProvider.System.GetUtcNow();
        decided.Assess(Assessment, now);
        decided.Close(new CloseComplaint("agent-2", null, null, null), now);
        await fixture.Storage.WriteStateAsync("complaint", complaint.GetGrainId(), olderCopy);
    }
}
