using static ComplaintGrid.Tests.Grains.TestComplaints;

namespace ComplaintGrid.Tests.Grains;

/// <summary>The department view, as callers get it from the grain, carries the breach forecast of its queue.</summary>
[Collection(ClusterCollection.Name)]
public sealed class BreachForecastGrainTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    [Fact]
    public async Task DepartmentView_CriticalComplaintsNearlyDue_ForecastsTheirBreaches_UntilTheyAreAcknowledged()
    {
        // Policy complaints are few in this cluster's tests, and nobody is on shift there, so nothing is settled.
        var department = _grains.GetGrain<IDepartmentGrain>("policy");
        var complaints = new Dictionary<string, IComplaintGrain>();
        for (var i = 0; i < 3; i++)
        {
            var (grain, view) = await FileAsync(_grains, Filing(NewCustomer(), Category.Policy, Severity.Critical));
            complaints[view.Id] = grain;
        }
        fixture.Clock.Advance(TimeSpan.FromMinutes(10));

        await QueueShows(department, complaints.Keys, ComplaintStatus.Received);
        var nearlyDue = await department.Get();
        foreach (var complaint in complaints.Values)
            await complaint.Acknowledge(new AcknowledgeComplaint("agent-1", "We are on it."));
        await QueueShows(department, complaints.Keys, ComplaintStatus.Acknowledged);
        var acknowledged = await department.Get();

        var now = fixture.Clock.GetUtcNow();
        Assert.Equal(now + TimeSpan.FromHours(1), nearlyDue.Forecast.Until);
        Assert.True(nearlyDue.Forecast.DueWithinHorizon >= 3, $"due within the hour: {nearlyDue.Forecast.DueWithinHorizon}");
        Assert.True(nearlyDue.Forecast.ExpectedBreaches >= 3, $"expected: {nearlyDue.Forecast.ExpectedBreaches}");
        Assert.Equal(0, nearlyDue.AgentsOnShift);
        // The three first responses were the difference: acknowledged, their clocks stop and leave the forecast.
        Assert.Equal(nearlyDue.Forecast.DueWithinHorizon - 3, acknowledged.Forecast.DueWithinHorizon);
        Assert.Equal(nearlyDue.Forecast.ExpectedBreaches - 3, acknowledged.Forecast.ExpectedBreaches, 1);
    }

    private static Task QueueShows(IDepartmentGrain department, IEnumerable<string> ids, ComplaintStatus status) =>
        Eventually.True(
            async () =>
            {
                var open = (await department.ListOpen()).ToDictionary(c => c.ComplaintId);
                return ids.All(id => open.TryGetValue(id, out var c) && c.Status == status);
            },
            $"the policy queue shows the complaints {status}", TimeSpan.FromSeconds(10));
}
