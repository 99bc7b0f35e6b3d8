using ComplaintGrid.Client;
using ComplaintGrid.Tests.Grains;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using static ComplaintGrid.Tests.Grains.TestComplaints;

namespace ComplaintGrid.Tests.Client;

[Collection(ClusterCollection.Name)]
public sealed class ComplaintGridClientTests(ClusterFixture fixture)
{
    private readonly ComplaintGridClient _client = new(fixture.Grains, Options.Create(new ComplaintGridClientOptions()), NullLogger<ComplaintGridClient>.Instance);

    [Fact]
    public async Task File_TwiceWithTheSameKey_ReturnsOneComplaint()
    {
        var filing = Filing(NewCustomer());

        var first = await _client.File(filing);
        var second = await _client.File(filing);

        Assert.Equal(first.Id, second.Id);
        Assert.Equal(1, (await _client.GetCustomer(filing.CustomerId)).TotalComplaints);
    }

    [Fact]
    public async Task Acknowledge_Refused_ThrowsTypedErrorWithoutRetrying()
    {
        var filed = await _client.File(Filing(NewCustomer()));
        await _client.Acknowledge(filed.Id, new AcknowledgeComplaint("agent-1", "On it."));

        var error = await Assert.ThrowsAsync<ComplaintGridException>(() => _client.Acknowledge(filed.Id, new AcknowledgeComplaint("agent-1", "Again.")));

        Assert.Equal(ErrorCodes.IllegalTransition, error.Code);
        Assert.Equal(2, (await _client.Get(filed.Id)).Sequence);
    }

    [Fact]
    public async Task File_InvalidInput_IsRefusedBeforeReachingTheCluster()
    {
        var error = await Assert.ThrowsAsync<ComplaintGridException>(() => _client.File(Filing(NewCustomer()) with { Description = "" }));

        Assert.Equal("description", error.Errors[0].Field);
    }

    [Fact]
    public void IsTransient_ClusterFailuresRetry_CommandFailuresDoNot()
    {
        Assert.True(TransientFailures.IsTransient(new SiloUnavailableException()));
        Assert.True(TransientFailures.IsTransient(new TimeoutException()));
        Assert.True(TransientFailures.IsTransient(new ComplaintGridUnavailableException("storage down")));
        Assert.True(TransientFailures.IsTransient(new OrleansException("wrapped", new SiloUnavailableException())));
        Assert.False(TransientFailures.IsTransient(new ComplaintGridException(ErrorCodes.Required, "actor", "actor is required.")));
        Assert.False(TransientFailures.IsTransient(new InvalidOperationException()));
    }
}
