using System.Collections.Concurrent;
using ComplaintGrid.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintGrid.Tests.Client;

/// <summary>
/// The client's retry pipeline on a fake clock: which failures are retried, how many attempts, and that each wait is
/// the clock's (no attempt comes before the clock has moved by the logged delay).
/// </summary>
public sealed class ClientRetryTests
{
    private static readonly ComplaintGridClientOptions Options = new()
    {
        MaxAttempts = 4,
        FirstRetryDelay = TimeSpan.FromMilliseconds(200),
        MaxRetryDelay = TimeSpan.FromSeconds(1),
    };

    private readonly FakeTimeProvider _clock = new();
    private readonly RetryLog _log = new();

    [Fact]
    public async Task TransientFailures_AreRetriedAfterTheClockMoves_UntilTheCallAnswers()
    {
        var pipeline = ClientRetry.Create(Options, _clock, _log);
        var attempts = 0;

        var call = pipeline.Run("Get", async () =>
        {
            await Task.Yield();
            return ++attempts < 3 ? throw new TimeoutException("no answer") : "answered";
        }, CancellationToken.None);
        var delays = await DriveClock(call);

        Assert.Equal("answered", await call);
        Assert.Equal(3, attempts);
        Assert.Equal(2, delays.Count);
        Assert.All(delays, d => Assert.InRange(d, TimeSpan.Zero, Options.MaxRetryDelay));
        Assert.All(_log.Messages, m => Assert.StartsWith("Get failed on attempt", m, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ARefusedCommand_IsNeverRetried()
    {
        var pipeline = ClientRetry.Create(Options, _clock, _log);
        var attempts = 0;

        var refused = await Assert.ThrowsAsync<ComplaintGridException>(() => pipeline.Run<string>("Acknowledge", () =>
        {
            attempts++;
            throw new ComplaintGridException(ErrorCodes.IllegalTransition, "status", "Not now.");
        }, CancellationToken.None));

        Assert.Equal(ErrorCodes.IllegalTransition, refused.Code);
        Assert.Equal(1, attempts);
        Assert.Empty(_log.Messages);
    }

    [Fact]
    public async Task AFailureThatLasts_IsGivenUpAfterMaxAttempts_WithTheLastError()
    {
        var pipeline = ClientRetry.Create(Options, _clock, _log);
        var attempts = 0;

        var call = pipeline.Run<string>("File", () =>
        {
            attempts++;
            throw new TimeoutException($"attempt {attempts}");
        }, CancellationToken.None);
        await DriveClock(call);

        var error = await Assert.ThrowsAsync<TimeoutException>(() => call);
        Assert.Equal(Options.MaxAttempts, attempts);
        Assert.Equal($"attempt {Options.MaxAttempts}", error.Message);
    }

    [Fact]
    public async Task Connecting_RetriesAFailureToFindAGateway_ThatACallOnAConnectedClientWouldNot()
    {
        var noGateway = new OrleansException("Could not find any gateway in the membership table.");
        Assert.False(TransientFailures.IsTransient(noGateway));
        var pipeline = ClientRetry.CreateForConnecting(Options, _clock, _log);
        var attempts = 0;

        var connect = pipeline.Run("Connect", async () =>
        {
            await Task.Yield();
            return ++attempts < 3 ? throw noGateway : "connected";
        }, CancellationToken.None);
        var delays = await DriveClock(connect);

        Assert.Equal("connected", await connect);
        Assert.Equal(3, attempts);
        Assert.Equal(2, delays.Count);
    }

    [Fact]
    public async Task Connecting_WithOptionsThatValidationRefused_IsNeverRetried()
    {
        var pipeline = ClientRetry.CreateForConnecting(Options, _clock, _log);
        var attempts = 0;

        await Assert.ThrowsAsync<OptionsValidationException>(() => pipeline.Run<string>("Connect", () =>
        {
            attempts++;
            throw new OptionsValidationException("ComplaintGrid:Client", typeof(ComplaintGridClientOptions), ["GatewayPort: must be 1-65535."]);
        }, CancellationToken.None));

        Assert.Equal(1, attempts);
        Assert.Empty(_log.Messages);
    }

    /// <summary>Moves the clock by each logged delay (and not before the retry is logged) until the call ends.</summary>
    private async Task<List<TimeSpan>> DriveClock(Task call)
    {
        var delays = new List<TimeSpan>();
        while (true)
        {
            var next = await Task.WhenAny(call, _log.NextRetry());
            if (next == call)
                return delays;
            var delay = await (Task<TimeSpan>)next;
            delays.Add(delay);
            _clock.Advance(delay);
        }
    }

    /// <summary>Records the retry messages, and hands each logged delay to the test as it comes.</summary>
    private sealed class RetryLog : ILogger
    {
        private readonly ConcurrentQueue<TaskCompletionSource<TimeSpan>> _waiting = new();
        private readonly ConcurrentQueue<TimeSpan> _unclaimed = new();

        public ConcurrentQueue<string> Messages { get; } = new();

        public Task<TimeSpan> NextRetry()
        {
            lock (this)
            {
                if (_unclaimed.TryDequeue(out var delay))
                    return Task.FromResult(delay);
                var waiter = new TaskCompletionSource<TimeSpan>(TaskCreationOptions.RunContinuationsAsynchronously);
                _waiting.Enqueue(waiter);
                return waiter.Task;
            }
        }

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            Messages.Enqueue(formatter(state, exception));
            var delay = state is IReadOnlyList<KeyValuePair<string, object?>> values && values.FirstOrDefault(v => v.Key == "Delay").Value is TimeSpan d ? d : TimeSpan.Zero;
            lock (this)
            {
                if (_waiting.TryDequeue(out var waiter))
                    waiter.SetResult(delay);
                else
                    _unclaimed.Enqueue(delay);
            }
        }
    }
}
