using ComplaintGrid.Client;
using Microsoft.Extensions.Options;

namespace ComplaintGrid.Cli;

/// <summary>
/// Retries the first connection with the client's own backoff and attempt count, so a silo that is still
/// starting is waited for, and <c>--attempts 1</c> fails at once when nothing listens.
/// </summary>
internal sealed class ConnectRetry(IOptions<ComplaintGridClientOptions> options) : IClientConnectionRetryFilter
{
    private int _attempts;

    public async Task<bool> ShouldRetryConnectionAttempt(Exception exception, CancellationToken cancellationToken)
    {
        var attempt = ++_attempts;
        if (attempt >= options.Value.MaxAttempts || cancellationToken.IsCancellationRequested)
            return false;
        var delay = options.Value.FirstRetryDelay * Math.Pow(2, attempt - 1);
        await Task.Delay(delay < options.Value.MaxRetryDelay ? delay : options.Value.MaxRetryDelay, cancellationToken);
        return true;
    }
}
