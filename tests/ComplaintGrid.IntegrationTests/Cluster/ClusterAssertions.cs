using ComplaintGrid.Client;

namespace ComplaintGrid.IntegrationTests.Cluster;

/// <summary>The proof every fault test ends with: nothing acknowledged is lost, and every view equals what the complaints say.</summary>
public static class ClusterAssertions
{
    private static readonly string[] Departments = ["customer-service", "logistics", "quality-assurance", "finance", "policy"];

    /// <summary>
    /// Views are updated at least once but not at the same instant as the complaint (an undelivered event is
    /// retried every two seconds), so the proof allows them a bounded time to converge, re-reading the complaints.
    /// </summary>
    public static async Task ViewsConverge(ComplaintGridClient client, IEnumerable<string> ids, TimeSpan within)
    {
        var deadline = TimeProvider.System.GetUtcNow() + within;
        while (true)
        {
            var (complaints, _) = await ClusterReadBack.ReadBack(client, ids);
            try
            {
                await ViewsMatch(client, complaints);
                return;
            }
            catch (Xunit.Sdk.XunitException) when (TimeProvider.System.GetUtcNow() < deadline)
            {
                await Task.Delay(TimeSpan.FromSeconds(1));
            }
        }
    }

    /// <summary>Department counters and customer summaries equal what is recomputed from the complaints themselves.</summary>
    public static async Task ViewsMatch(ComplaintGridClient client, IReadOnlyList<ComplaintView> complaints)
    {
        foreach (var departmentId in Departments)
        {
            var view = await client.GetDepartment(departmentId);
            var open = complaints.Where(c => c.DepartmentId == departmentId && c.Status != ComplaintStatus.Closed).ToArray();
            Assert.Equal(open.Length, view.Open);
            Assert.Equal(open.Count(c => LiveLevel(c) == EscalationLevel.AtRisk), view.AtRisk);
            Assert.Equal(open.Count(c => LiveLevel(c) >= EscalationLevel.Breached), view.Breached);
            var queue = await client.GetQueue(departmentId);
            Assert.Equal(open.Select(c => (c.Id, c.Status, c.EscalationLevel)).OrderBy(x => x.Id),
                queue.Select(s => (s.ComplaintId, s.Status, s.EscalationLevel)).OrderBy(x => x.ComplaintId));
        }
        foreach (var customer in complaints.GroupBy(c => c.CustomerId))
        {
            var view = await client.GetCustomer(customer.Key);
            Assert.Equal(customer.Count(), view.TotalComplaints);
            Assert.Equal(customer.Count(c => c.Status != ComplaintStatus.Closed), view.OpenComplaints);
            Assert.Equal(customer.Sum(c => c.Escalations.Count(e => e.Level == EscalationLevel.Breached && e.Clock is not null)), view.Breaches);
        }
    }

    /// <summary>
    /// Every deadline fired once, for complaints whose clocks run once (no customer update restarts one): no complaint
    /// records the same clock reaching the same level twice, and the escalated events in its timeline match its clocks'
    /// escalation records one for one (a reopen's or a customer's escalation has no clock and an event of its own).
    /// Returns how many deadline escalations fired.
    /// </summary>
    public static int EachDeadlineFiredOnce(IReadOnlyList<ComplaintView> complaints)
    {
        var fired = 0;
        foreach (var complaint in complaints)
        {
            var deadlines = complaint.Escalations.Where(e => e.Clock is not null).Select(e => (e.Clock, e.Level)).ToArray();
            Assert.True(deadlines.Length == deadlines.Distinct().Count(), $"{complaint.Id} fired a deadline twice: {string.Join(", ", deadlines)}");
            Assert.True(deadlines.Length == complaint.Timeline.Count(t => t.Kind == ComplaintEventKind.Escalated),
                $"{complaint.Id} has {deadlines.Length} deadline escalations and {complaint.Timeline.Count(t => t.Kind == ComplaintEventKind.Escalated)} escalated events");
            fired += deadlines.Length;
        }
        return fired;
    }

    private static EscalationLevel LiveLevel(ComplaintView c) =>
        c.Clocks.Where(k => k.State != ClockState.Stopped).Select(k => k.Level).DefaultIfEmpty().Max();
}
