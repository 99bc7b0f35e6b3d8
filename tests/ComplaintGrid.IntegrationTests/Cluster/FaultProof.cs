using ComplaintGrid.Client;
using Xunit.Abstractions;

namespace ComplaintGrid.IntegrationTests.Cluster;

/// <summary>
/// The proof every fault test ends with, once the load has stopped: every acknowledged filing and step is in its
/// complaint's timeline exactly once, every timeline whole, every deadline due by then fired once and not twice,
/// and the department and customer views equal what the complaints say. Prints the <see cref="FaultReport"/> first,
/// so the figures are there even when an assertion fails.
/// </summary>
public static class FaultProof
{
    /// <summary>
    /// How long past the last due point the survivors get to fire every due deadline: taking over a dead silo's
    /// reminders and working through them on a busy 2-core machine. Polled; a passing run ends as soon as all fired.
    /// </summary>
    private static readonly TimeSpan DeadlineCatchUp = TimeSpan.FromSeconds(90);

    /// <summary>Views are retried every two seconds per undelivered event; room for a backlog after a long fault.</summary>
    private static readonly TimeSpan ViewCatchUp = TimeSpan.FromSeconds(30);

    /// <param name="fault">The fault's name in the report.</param>
    /// <param name="faultAt">When the fault began: the failure window is measured from it.</param>
    /// <param name="cluster">The cluster, still running.</param>
    /// <param name="ledger">What the simulator was told had landed; final (the load stopped).</param>
    /// <param name="deadlinesDueBy">Every escalation point that fell due by then must have fired (a time in the future is waited for).</param>
    /// <param name="output">Where the report is printed.</param>
    public static async Task<FaultReport> Run(
        string fault, DateTimeOffset faultAt, PostgresCluster cluster, AcknowledgedLedger ledger, DateTimeOffset deadlinesDueBy, ITestOutputHelper output)
    {
        var sent = await ledger.SentIds(cluster.Grains);
        var (complaints, overdue) = await UntilDueDeadlinesFired(cluster.Client, sent, deadlinesDueBy);
        var byId = complaints.ToDictionary(c => c.Id, StringComparer.Ordinal);

        var missing = ledger.Filed.Keys.Where(id => !byId.ContainsKey(id)).Select(id => $"filing {id}").ToList();
        var doubled = new List<string>();
        foreach (var step in ledger.Steps)
        {
            var timeline = byId.TryGetValue(step.ComplaintId, out var complaint) ? complaint.Timeline : [];
            var described = $"{step.ComplaintId} #{step.Event.Sequence} {step.Event.Kind} by {step.Event.Actor}";
            if (!timeline.Any(t => t.Sequence == step.Event.Sequence && SameEvent(t, step.Event)))
                missing.Add($"{described}, found {timeline.FirstOrDefault(t => t.Sequence == step.Event.Sequence)?.Kind.ToString() ?? "nothing"} there");
            else if (timeline.Count(t => SameEvent(t, step.Event) && t.At == step.Event.At) > 1)
                doubled.Add(described);
        }
        var (lost, duplicated) = (missing.Count, doubled.Count);
        var report = new FaultReport(fault, ledger.Filed.Count, ledger.Steps.Count, lost, duplicated,
            complaints.Sum(c => c.Escalations.Count(e => e.Clock is not null)), complaints.Sum(DuplicatedFirings),
            ledger.FailureWindowFrom(faultAt), ledger.Failures.Count,
            string.Join(", ", ledger.Failures.GroupBy(f => Kind(f.Error)).Select(g => $"{g.Key} x{g.Count()}")),
            ledger.SlowestFilingSince(faultAt));
        output.WriteLine(report.ToString());
        foreach (var problem in missing.Select(m => "lost: " + m).Concat(doubled.Select(d => "twice: " + d)).Take(10))
            output.WriteLine(problem);
        // Which calls failed and when, so a failure in CI says what stalled, not only that something did.
        foreach (var (at, error) in ledger.Failures.Take(5))
            output.WriteLine($"failed at +{(at - faultAt).TotalSeconds:0.0} s: {Kind(error)}: {error.Message.ReplaceLineEndings(" ")}");

        Assert.True(overdue.Count == 0, $"{overdue.Count} deadlines due by {deadlinesDueBy:HH:mm:ss} had not fired: " +
            string.Join(", ", overdue.Take(5).Select(c => $"{c.Id} at {c.EscalationLevel}, next point {c.NextEscalationAt:HH:mm:ss}")));
        report.AssertNothingLostOrDoubled();
        // Sequence numbers 1..n with the filing first: no event dropped or doubled by a stale copy of a complaint.
        Assert.All(complaints, c => Assert.Equal(Enumerable.Range(1, c.Timeline.Count).Select(i => (long)i), c.Timeline.Select(t => t.Sequence)));
        ClusterAssertions.EachDeadlineFiredOnce(complaints);
        await ClusterAssertions.ViewsConverge(cluster.Client, sent, ViewCatchUp);
        return report;
    }

    /// <summary>Reads every complaint filed (acknowledged or not) until none has an escalation point due by then still unfired.</summary>
    private static async Task<(IReadOnlyList<ComplaintView> Complaints, IReadOnlyList<ComplaintView> Overdue)> UntilDueDeadlinesFired(
        ComplaintGridClient client, IReadOnlyCollection<string> ids, DateTimeOffset dueBy)
    {
        var giveUpAt = dueBy + DeadlineCatchUp;
        while (true)
        {
            var (complaints, _) = await ClusterReadBack.ReadBack(client, ids);
            var overdue = complaints.Where(c => c.NextEscalationAt <= dueBy).ToArray();
            if (overdue.Length == 0 || TimeProvider.System.GetUtcNow() > giveUpAt)
                return (complaints, overdue);
            await Task.Delay(TimeSpan.FromSeconds(2));
        }
    }

    /// <summary>An exception's type, with the type it wraps: an OrleansException says little by itself.</summary>
    private static string Kind(Exception e) => e.InnerException is { } inner ? $"{e.GetType().Name}({inner.GetType().Name})" : e.GetType().Name;

    /// <summary>
    /// The same step, wherever it sits. A reopened complaint is routed and investigated again, by the same words and
    /// perhaps the same agent, so only an entry with the same time as well is the acknowledged event written twice.
    /// </summary>
    private static bool SameEvent(TimelineEntry a, TimelineEntry b) => a.Kind == b.Kind && a.Actor == b.Actor && a.Detail == b.Detail;

    /// <summary>A clock recorded reaching a level it had already reached, or an escalated event with no escalation of its own.</summary>
    private static int DuplicatedFirings(ComplaintView c)
    {
        var deadlines = c.Escalations.Where(e => e.Clock is not null).Select(e => (e.Clock, e.Level)).ToArray();
        return deadlines.Length - deadlines.Distinct().Count()
            + Math.Max(0, c.Timeline.Count(t => t.Kind == ComplaintEventKind.Escalated) - deadlines.Length);
    }
}
