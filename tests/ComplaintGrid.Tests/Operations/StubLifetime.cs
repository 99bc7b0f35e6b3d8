using Microsoft.Extensions.Hosting;

namespace ComplaintGrid.Tests.Operations;

/// <summary>A host lifetime whose stop the test triggers, as an orchestrator's SIGTERM would.</summary>
internal sealed class StubLifetime : IHostApplicationLifetime, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();

    public CancellationToken ApplicationStarted => CancellationToken.None;

    public CancellationToken ApplicationStopping => _stopping.Token;

    public CancellationToken ApplicationStopped => CancellationToken.None;

    public void StopApplication() => _stopping.Cancel();

    public void Dispose() => _stopping.Dispose();
}
