using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace ComplaintGrid.Client;

/// <summary>
/// The one retry policy of the .NET client and the CLI, as a Polly pipeline: exponential backoff with jitter from
/// <see cref="ComplaintGridClientOptions.FirstRetryDelay"/> up to <see cref="ComplaintGridClientOptions.MaxRetryDelay"/>,
/// <see cref="ComplaintGridClientOptions.MaxAttempts"/> attempts in all, on failures of the cluster only
/// (<see cref="TransientFailures"/>); a refused command is never retried. Its waits are on the given <see cref="TimeProvider"/>, so
/// tests move a fake clock instead of waiting.
/// </summary>
public static class ClientRetry
{
    /// <summary>The pipeline for calls on a connected client: only the cluster's failures are retried.</summary>
    public static ResiliencePipeline Create(ComplaintGridClientOptions options, TimeProvider time, ILogger logger) =>
        Build(options, time, logger, TransientFailures.IsTransient);

    /// <summary>
    /// The same backoff and attempts for connecting: a silo that is still starting, or a membership table with no
    /// gateway yet, fails in ways the cluster's failures do not cover, so every failure to connect is retried except
    /// options that validation refused and the caller's own cancellation.
    /// </summary>
    public static ResiliencePipeline CreateForConnecting(ComplaintGridClientOptions options, TimeProvider time, ILogger logger) =>
        Build(options, time, logger, IsConnectFailure);

    /// <summary>Whether a failed connection attempt is worth another: anything but refused options or a cancellation.</summary>
    public static bool IsConnectFailure(Exception exception) =>
        exception is not (OptionsValidationException or OperationCanceledException or ComplaintGridException);

    private static ResiliencePipeline Build(ComplaintGridClientOptions options, TimeProvider time, ILogger logger, Func<Exception, bool> retried)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        var builder = new ResiliencePipelineBuilder { TimeProvider = time };
        if (options.MaxAttempts > 1)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Exception>(retried),
                MaxRetryAttempts = options.MaxAttempts - 1,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.FirstRetryDelay,
                MaxDelay = options.MaxRetryDelay,
                OnRetry = args =>
                {
                    ClientLog.Retrying(logger, args.Context.OperationKey ?? "call", args.AttemptNumber + 1, options.MaxAttempts,
                        args.Outcome.Exception?.GetType().Name ?? "no answer", args.RetryDelay);
                    return default;
                },
            });
        }
        return builder.Build();
    }

    /// <summary>Runs <paramref name="call"/> through <paramref name="pipeline"/>, naming it <paramref name="operation"/> in the log.</summary>
    public static async Task<T> Run<T>(this ResiliencePipeline pipeline, string operation, Func<Task<T>> call, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        var context = ResilienceContextPool.Shared.Get(operation, cancellationToken);
        try
        {
            return await pipeline.ExecuteAsync(static async (_, state) => await state(), context, call);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }
}
