using static ComplaintGrid.Tests.Grains.TestComplaints;

namespace ComplaintGrid.Tests.Grains;

[Collection(ConsistencyCollection.Name)]
public sealed class ConsistencyGrainTests(ConsistencyClusterFixture fixture)
{
    private const int Complaints = 1000;
    private const int Customers = 20;
    private const int ConcurrentWalkers = 16;
    private static readonly string[] Departments = ["customer-service", "logistics", "quality-assurance", "finance", "policy"];

    [Fact]
    public async Task RandomLifecycles_AfterwardsEveryViewEqualsWhatTheComplaintsSay()
    {
        var grains = fixture.Grains;
        var customers = Enumerable.Range(0, Customers).Select(i => $"consistency-{i:00}").ToArray();
        var views = new ComplaintView[Complaints];
        var next = -1;

        async Task Walker(int seed)
        {
            var random = new Random(seed);
            var walker = new RandomLifecycleWalker(random, span =>
            {
                fixture.Clock.Advance(span);
                return Task.CompletedTask;
            });
            int i;
            while ((i = Interlocked.Increment(ref next)) < Complaints)
            {
                var filing = Filing(customers[random.Next(Customers)], Enum.GetValues<Category>()[random.Next(6)],
                    Enum.GetValues<Severity>()[random.Next(4)], key: $"k{i}", reference: $"ORD-{random.Next(40)}");
                var (grain, filed) = await FileAsync(grains, filing);
                views[i] = await walker.Walk(grain, filed);
            }
        }

        await Task.WhenAll(Enumerable.Range(0, ConcurrentWalkers).Select(seed => Task.Run(() => Walker(2026 + seed))));

        // Re-read every complaint from its grain: the source of truth.
        var complaints = await Task.WhenAll(views.Select(v => grains.GetGrain<IComplaintGrain>(v.Id).Get()));
        Assert.Contains(complaints, c => c.Status == ComplaintStatus.Closed);
        Assert.Contains(complaints, c => c.Status != ComplaintStatus.Closed);
        Assert.Contains(complaints, c => c.PingPong);
        Assert.Contains(complaints, c => c.ReopenCount > 0);
        Assert.Contains(complaints, c => c.Escalations.Any(e => e.Level >= EscalationLevel.Breached));

        foreach (var departmentId in Departments)
        {
            var department = grains.GetGrain<IDepartmentGrain>(departmentId);
            var view = await department.Get();
            var open = complaints.Where(c => c.DepartmentId == departmentId && c.Status != ComplaintStatus.Closed).ToArray();
            Assert.Equal(open.Length, view.Open);
            Assert.Equal(
                open.GroupBy(c => c.Status).OrderBy(g => g.Key).Select(g => (g.Key, g.Count())),
                view.OpenByStatus.OrderBy(p => p.Key).Select(p => (p.Key, p.Value)));
            Assert.Equal(
                open.GroupBy(c => c.Severity).OrderBy(g => g.Key).Select(g => (g.Key, g.Count())),
                view.OpenBySeverity.OrderBy(p => p.Key).Select(p => (p.Key, p.Value)));
            Assert.Equal(open.Count(c => ClockLevel(c) == EscalationLevel.AtRisk), view.AtRisk);
            Assert.Equal(open.Count(c => ClockLevel(c) >= EscalationLevel.Breached), view.Breached);
            Assert.Equal(open.Count(c => c.PingPong), view.PingPong);
            var queue = await department.ListOpen();
            Assert.Equal(open.Select(c => (c.Id, c.Status, c.Priority, c.EscalationLevel, c.Sequence)).OrderBy(x => x.Id),
                queue.Select(s => (s.ComplaintId, s.Status, s.Priority, s.EscalationLevel, Sequence: complaints.Single(c => c.Id == s.ComplaintId).Sequence)).OrderBy(x => x.ComplaintId));
        }

        foreach (var customerId in customers)
        {
            var view = await grains.GetGrain<ICustomerGrain>(customerId).Get();
            var theirs = complaints.Where(c => c.CustomerId == customerId).ToArray();
            Assert.Equal(theirs.Length, view.TotalComplaints);
            Assert.Equal(theirs.Count(c => c.Status != ComplaintStatus.Closed), view.OpenComplaints);
            Assert.Equal(theirs.Sum(c => c.Escalations.Count(e => e.Level == EscalationLevel.Breached && e.Clock is not null)), view.Breaches);
            Assert.Equal(theirs.Sum(c => c.ReopenCount), view.Reopens);
            Assert.Equal(theirs.Select(c => (c.Id, c.Status)).OrderBy(x => x.Id), view.Complaints.Select(s => (s.ComplaintId, s.Status)).OrderBy(x => x.ComplaintId));
            Assert.InRange(view.Risk.Score, 0, 100);
        }
    }

    private static EscalationLevel ClockLevel(ComplaintView c) => c.Clocks.Where(k => k.State != ClockState.Stopped).Select(k => k.Level).DefaultIfEmpty().Max();
}
