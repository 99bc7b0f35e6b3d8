using Microsoft.AspNetCore.SignalR.Client;

namespace ComplaintGrid.IntegrationTests.Dashboard;

/// <summary>A SignalR client's reconnect policy that never gives up: a wall screen waits for its host however long it is down.</summary>
internal sealed class RetryEveryHalfSecond : IRetryPolicy
{
    private static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(500);

    public TimeSpan? NextRetryDelay(RetryContext retryContext) => retryContext.PreviousRetryCount == 0 ? TimeSpan.Zero : Delay;
}
