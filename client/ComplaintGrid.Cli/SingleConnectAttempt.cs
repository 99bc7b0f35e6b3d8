namespace ComplaintGrid.Cli;

/// <summary>
/// Tells Orleans never to retry a connection itself: the client library's retry policy decides, with a fresh client
/// host each attempt, so the backoff and attempt count are the same ones every call uses.
/// </summary>
internal sealed class SingleConnectAttempt : IClientConnectionRetryFilter
{
    public Task<bool> ShouldRetryConnectionAttempt(Exception exception, CancellationToken cancellationToken) => Task.FromResult(false);
}
