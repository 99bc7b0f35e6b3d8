using Orleans.Runtime.Messaging;

namespace ComplaintGrid.Client;

/// <summary>Which failures are the cluster's (worth retrying) rather than the command's (never retried).</summary>
public static class TransientFailures
{
    public static bool IsTransient(Exception exception) => exception switch
    {
        ComplaintGridException => false,
        ComplaintGridUnavailableException => true,
        SiloUnavailableException or ConnectionFailedException or OrleansMessageRejectionException => true,
        GatewayTooBusyException or TimeoutException => true,
        OrleansException { InnerException: { } inner } => IsTransient(inner),
        AggregateException { InnerExceptions.Count: 1 } aggregate => IsTransient(aggregate.InnerExceptions[0]),
        _ => false,
    };
}
