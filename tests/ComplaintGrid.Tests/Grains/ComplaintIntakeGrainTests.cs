using ComplaintGrid.Domain.Lifecycle;
using ComplaintGrid.Grains;
using ComplaintGrid.Grains.Ids;
using ComplaintGrid.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using Orleans.TestingHost;
using static ComplaintGrid.Tests.Grains.TestComplaints;

namespace ComplaintGrid.Tests.Grains;

/// <summary>The intake gives each filing an id keyed with the deployment's secret, and files it once, whenever it was first filed.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ComplaintIntakeGrainTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    private IComplaintIntakeGrain Intake => _grains.GetGrain<IComplaintIntakeGrain>(0);

    [Fact]
    public async Task File_GivesTheHmacOfCustomerAndKeyWithTheStoredSecret_NotTheUnkeyedHash()
    {
        var filing = Filing(NewCustomer(), key: "crm-ticket-4711");

        var view = await _grains.FileComplaint(filing);
        var secret = await _grains.GetGrain<IComplaintIdKeyGrain>(0).Get();

        Assert.Equal(ComplaintIdKeyGrain.SecretBytes, secret.Length);
        Assert.Equal(ComplaintIds.For(filing.CustomerId, filing.IdempotencyKey, secret), view.Id);
        Assert.NotEqual(ComplaintIds.Unkeyed(filing.CustomerId, filing.IdempotencyKey), view.Id);
        Assert.True(ComplaintIds.IsWellFormed(view.Id));
        Assert.Equal(view.Id, await Intake.IdFor(filing.CustomerId, filing.IdempotencyKey));
    }

    [Fact]
    public async Task File_SameCommandTwice_SameIdAndOneComplaint()
    {
        var filing = Filing(NewCustomer());

        var first = await _grains.FileComplaint(filing);
        var again = await _grains.FileComplaint(filing);

        Assert.Equal(first.Id, again.Id);
        Assert.Equal(first.Sequence, again.Sequence);
        Assert.Single(again.Timeline);
        await Eventually.True(async () => (await _grains.GetGrain<ICustomerGrain>(filing.CustomerId).Get()).TotalComplaints == 1,
            "the customer holds the complaint", TimeSpan.FromSeconds(10));
        Assert.Equal(1, (await _grains.GetGrain<ICustomerGrain>(filing.CustomerId).Get()).TotalComplaints);
    }

    [Fact]
    public async Task File_NewFilingUnderItsUnkeyedId_IsRefused()
    {
        var filing = Filing(NewCustomer());
        var grain = _grains.GetGrain<IComplaintGrain>(ComplaintIds.Unkeyed(filing.CustomerId, filing.IdempotencyKey));

        var error = await Assert.ThrowsAsync<ComplaintGridException>(() => grain.File(filing));

        Assert.Equal(ErrorCodes.IdMismatch, error.Code);
        Assert.Equal("idempotencyKey", Assert.Single(error.Errors).Field);
        Assert.Equal(ErrorCodes.NotFound, (await Assert.ThrowsAsync<ComplaintGridException>(() => grain.Get())).Code);
    }

    [Fact]
    public async Task File_RetryOfAFilingMadeBeforeIdsWereKeyed_AnswersWithThatComplaint()
    {
        var filing = Filing(NewCustomer());
        var unkeyed = ComplaintIds.Unkeyed(filing.CustomerId, filing.IdempotencyKey);
        await StoreAsFiledBeforeIdsWereKeyed(unkeyed, filing);

        var retried = await _grains.FileComplaint(filing);
        var again = await _grains.FileComplaint(filing);

        Assert.Equal(unkeyed, retried.Id);
        Assert.Equal(unkeyed, again.Id);
        Assert.Single(retried.Timeline);
        Assert.Equal(1, (await _grains.GetGrain<ICustomerGrain>(filing.CustomerId).Get()).TotalComplaints);
        Assert.Equal(ComplaintStatus.Received, (await _grains.GetGrain<IComplaintGrain>(unkeyed).Get()).Status);
    }

    /// <summary>
    /// What a deployment stored for a filing before ids were keyed: the complaint, filed by the domain under the unkeyed
    /// id (then the id of every filing), in grain storage, and its filing delivered to the customer's view.
    /// </summary>
    private async Task StoreAsFiledBeforeIdsWereKeyed(string unkeyed, FileComplaint filing)
    {
        var silo = ((InProcessSiloHandle)fixture.Cluster.Primary!).SiloHost.Services;
        var state = new ComplaintState();
        var events = new Complaint(state, silo.GetRequiredService<ComplaintRules>())
            .File(unkeyed, filing, fixture.Clock.GetUtcNow(), f => ComplaintIds.Unkeyed(f.CustomerId, f.IdempotencyKey));
        var storage = silo.GetRequiredKeyedService<IGrainStorage>(ComplaintGridStorage.Name);
        await storage.WriteStateAsync("complaint", _grains.GetGrain<IComplaintGrain>(unkeyed).GetGrainId(), new GrainState<ComplaintState>(state));
        await _grains.GetGrain<ICustomerViewGrain>(filing.CustomerId).Apply(events);
    }
}
