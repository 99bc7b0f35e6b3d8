using System.Collections.Concurrent;
using ComplaintGrid.Client;

namespace ComplaintGrid.IntegrationTests.Cluster;

/// <summary>
/// Callers that file a complaint and then act on it (acknowledge), until stopped: remembers every filing and every action
/// the cluster acknowledged, so a test can prove none of them was overwritten by a stale copy of the complaint.
/// </summary>
public sealed class ActingLoadGenerator(ComplaintGridClient client, int callers)
{
    private readonly ConcurrentDictionary<string, FileComplaint> _filed = new();
    private readonly ConcurrentDictionary<string, bool> _acknowledged = new();
    private readonly ConcurrentQueue<Exception> _failures = new();

    public IReadOnlyDictionary<string, FileComplaint> Filed => _filed;

    /// <summary>Complaints whose acknowledgement the cluster confirmed.</summary>
    public IReadOnlyCollection<string> Acknowledged => (IReadOnlyCollection<string>)_acknowledged.Keys;

    public IReadOnlyCollection<Exception> Failures => _failures;

    public Task RunAsync(CancellationToken stop) =>
        Task.WhenAll(Enumerable.Range(0, callers).Select(caller => Task.Run(() => Caller(caller, stop), CancellationToken.None)));

    private async Task Caller(int caller, CancellationToken stop)
    {
        for (var n = 0; !stop.IsCancellationRequested; n++)
        {
            var filing = LoadGenerator.Filing(caller + 100, n);
            try
            {
                var view = await client.File(filing, CancellationToken.None);
                _filed[view.Id] = filing;
                try
                {
                    await client.Acknowledge(view.Id, new AcknowledgeComplaint($"agent-{caller}", "We are on it."), CancellationToken.None);
                }
                catch (ComplaintGridException refused) when (refused.Code == ErrorCodes.IllegalTransition)
                {
                    // A retried acknowledgement whose first attempt landed: the client's documented answer.
                }
                _acknowledged[view.Id] = true;
            }
            catch (Exception ex)
            {
                _failures.Enqueue(ex);
            }
        }
    }
}
