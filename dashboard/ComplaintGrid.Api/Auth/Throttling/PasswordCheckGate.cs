using Microsoft.Extensions.Options;

namespace ComplaintGrid.Api.Auth.Throttling;

/// <summary>
/// Lets a few password hashes run at once (PBKDF2 is deliberately slow); the rest wait asynchronously, holding no
/// thread, and beyond the queue's length are turned away, so guesses cannot take the threads that serve everything else.
/// </summary>
public sealed class PasswordCheckGate : IDisposable
{
    private readonly SemaphoreSlim _turns;
    private readonly int _capacity;
    private int _inside;

    public PasswordCheckGate(IOptions<SignInThrottleOptions> options)
    {
        var concurrent = options.Value.ConcurrentPasswordChecks;
        if (concurrent == 0)
            concurrent = Math.Max(1, Environment.ProcessorCount / 2);
        _turns = new SemaphoreSlim(concurrent, concurrent);
        _capacity = concurrent + options.Value.QueuedPasswordChecks;
    }

    /// <summary>Runs <paramref name="check"/> in turn; false (and not run) when the queue is full.</summary>
    public async Task<(bool Ran, T Result)> Run<T>(Func<T> check, CancellationToken cancellationToken)
    {
        try
        {
            if (Interlocked.Increment(ref _inside) > _capacity)
                return (false, default!);
            await _turns.WaitAsync(cancellationToken);
            try
            {
                return (true, check());
            }
            finally
            {
                _turns.Release();
            }
        }
        finally
        {
            Interlocked.Decrement(ref _inside);
        }
    }

    public void Dispose() => _turns.Dispose();
}
