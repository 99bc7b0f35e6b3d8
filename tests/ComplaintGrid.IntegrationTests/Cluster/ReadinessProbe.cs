using System.Collections.Concurrent;
using System.Net;

namespace ComplaintGrid.IntegrationTests.Cluster;

/// <summary>Polls a host's <c>/health/ready</c> twice a second, as a load balancer would, and remembers every answer.</summary>
public sealed class ReadinessProbe(int httpPort) : IAsyncDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = new Uri($"http://127.0.0.1:{httpPort}"), Timeout = TimeSpan.FromSeconds(10) };
    private readonly ConcurrentQueue<(DateTimeOffset At, bool Ready)> _answers = new();
    private readonly CancellationTokenSource _stop = new();
    private Task? _polling;

    public IReadOnlyCollection<(DateTimeOffset At, bool Ready)> Answers => _answers;

    public void Start() => _polling = Task.Run(Poll);

    public bool WasReady(DateTimeOffset from, DateTimeOffset to, bool ready) => _answers.Any(a => a.At >= from && a.At <= to && a.Ready == ready);

    /// <summary>Polls this probe's answers until one says ready; false when none did within <paramref name="timeout"/>.</summary>
    public async Task<bool> WaitUntilReady(TimeSpan timeout)
    {
        var giveUpAt = TimeProvider.System.GetUtcNow() + timeout;
        while (!_answers.Any(a => a.Ready))
        {
            if (TimeProvider.System.GetUtcNow() > giveUpAt)
                return false;
            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }
        return true;
    }

    public DateTimeOffset? FirstReadyAfter(DateTimeOffset from) =>
        _answers.Where(a => a.At >= from && a.Ready).Select(a => (DateTimeOffset?)a.At).Min();

    private async Task Poll()
    {
        while (!_stop.IsCancellationRequested)
        {
            bool ready;
            try
            {
                ready = (await _http.GetAsync("/health/ready", _stop.Token)).StatusCode == HttpStatusCode.OK;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                ready = false;
            }
            _answers.Enqueue((TimeProvider.System.GetUtcNow(), ready));
            // A load balancer's probe period: the answers are recorded for the test to read, nothing is asserted here.
            await Task.Delay(TimeSpan.FromMilliseconds(500), CancellationToken.None);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_polling is not null)
            await _polling;
        _http.Dispose();
        _stop.Dispose();
    }
}
