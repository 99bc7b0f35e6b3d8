using System.Diagnostics;
using ComplaintGrid.Domain.Webhooks;
using ComplaintGrid.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ComplaintGrid.Grains.Webhooks;

/// <summary>
/// One subscription's queue for a shard of complaints. <see cref="Apply"/> only stores (group commit), so a complaint
/// never waits for a subscriber; a timer sends each complaint's head in the background, one at a time per complaint,
/// several complaints at once, retrying a failed head with backoff while that complaint's later events wait.
/// </summary>
internal sealed class WebhookQueueGrain(
    [PersistentState("webhookQueue", ComplaintGridStorage.Name)] IPersistentState<WebhookQueueState> state,
    WebhookSender sender,
    IOptionsMonitor<WebhookOptions> options,
    TimeProvider time,
    ILogger<WebhookQueueGrain> logger) : Grain, IWebhookQueueGrain, IRemindable
{
    private const string WakeUpReminder = "webhook-wake-up";

    /// <summary>Brings the queue back after a silo loss; the timer does the sending, so a slow period costs only recovery time.</summary>
    private static readonly TimeSpan WakeUpPeriod = TimeSpan.FromMinutes(1);

    /// <summary>Deliveries one complaint sends back to back before letting the next tick share the queue fairly.</summary>
    private const int MaxPerComplaintPerTurn = 16;

    private readonly HashSet<string> _inFlight = [];
    private readonly WebhookTraceOrigins _origins = new();
    private WebhookQueue _queue = null!;
    private GroupCommit _commit = null!;
    private IGrainTimer? _timer;
    private bool? _reminderRegistered;

    private string Key => this.GetPrimaryKeyString();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _queue = new WebhookQueue(state.State);
        _commit = new GroupCommit(() => state.WriteStateAsync());
        if (_queue.HasWork)
            EnsureTimer();
        return Task.CompletedTask;
    }

    /// <summary>
    /// Stores the events and returns the highest sequence delivered, all of it now stored; sending happens on the timer.
    /// Refuses when full, so the complaint's outbox keeps them.
    /// </summary>
    public async Task<long> Apply(IReadOnlyList<ComplaintEvent> events)
    {
        _ = DeliveredEvents.ComplaintOf(events); // one complaint per delivery, as the contract says
        var o = options.CurrentValue;
        var subscriptionName = WebhookShards.SubscriptionOf(Key);
        var subscription = o.Subscriptions.FirstOrDefault(s => string.Equals(s.Name, subscriptionName, StringComparison.OrdinalIgnoreCase));
        var postsErasures = subscription is not null && WebhookRouter.Wants(subscription, ComplaintEventKind.PersonalDataErased);
        if (!_queue.TryAppend(events, time.GetUtcNow(), o.MaxPendingPerQueue, out var changed, postsErasures))
        {
            WebhookLog.QueueFull(logger, Key, _queue.PendingCount);
            throw new ComplaintGridUnavailableException($"Webhook queue {Key} is full; the events stay in the complaint's outbox.");
        }
        if (changed)
        {
            _origins.Queued(events[0].ComplaintId, events.Max(e => e.Sequence));
            EnsureTimer();
        }
        // A redelivery changes nothing, but the write that took the first delivery may still be in flight: it is
        // acknowledged as stored only once a write has completed after it.
        await Save();
        var highest = 0L;
        foreach (var e in events)
            highest = Math.Max(highest, e.Sequence);
        return highest;
    }

    public Task<WebhookQueueStatus> GetStatus() => Task.FromResult(_queue.Status());

    public Task<bool> Waits(string complaintId) => Task.FromResult(_queue.Waits(complaintId));

    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        // Activation has started the timer when there is work; the reminder only exists to cause that activation.
        if (reminderName == WakeUpReminder)
            _reminderRegistered = true;
        return Task.CompletedTask;
    }

    private void EnsureTimer()
    {
        if (_timer is not null)
            return;
        var period = options.CurrentValue.PollInterval;
        _timer = this.RegisterGrainTimer(Tick, new GrainTimerCreationOptions(TimeSpan.Zero, period) { Interleave = true, KeepAlive = true });
    }

    private async Task Tick(CancellationToken cancellationToken)
    {
        var o = options.CurrentValue;
        var subscriptionName = WebhookShards.SubscriptionOf(Key);
        var subscription = o.Subscriptions.FirstOrDefault(s => string.Equals(s.Name, subscriptionName, StringComparison.OrdinalIgnoreCase));
        var now = time.GetUtcNow();
        var changed = _queue.Prune(now, o.DedupeRetention);
        if (subscription is null)
        {
            if (_queue.HasWork)
            {
                WebhookLog.SubscriptionGone(logger, Key, _queue.AbandonAll());
                _origins.Clear();
                changed = true;
            }
        }
        else
        {
            var room = o.MaxConcurrentPerQueue - _inFlight.Count;
            if (room > 0)
            {
                foreach (var complaintId in _queue.Due(now, room, _inFlight))
                {
                    _inFlight.Add(complaintId);
                    // Not awaited: the tick ends at once and each complaint's sends finish on the grain's scheduler.
                    _ = Drain(subscription, complaintId, o);
                }
            }
        }
        if (changed)
            await Save();
        await KeepWakeUpReminder();
    }

    private async Task Drain(WebhookSubscriptionOptions subscription, string complaintId, WebhookOptions o)
    {
        // The timer was started inside some grain call: its sends belong to the traces their events were queued in
        // (parented explicitly in the sender), not to whichever call happened to start the timer.
        Activity.Current = null;
        try
        {
            for (var i = 0; i < MaxPerComplaintPerTurn && _queue.DueHead(complaintId, time.GetUtcNow()) is { } head; i++)
            {
                var result = await sender.Send(subscription, head, o.Timeout, _origins.For(head), CancellationToken.None);
                if (result.Succeeded)
                {
                    _queue.Delivered(head);
                    _origins.Done(head);
                    continue;
                }
                var outcome = _queue.Failed(head, time.GetUtcNow(), o.InitialRetryDelay, o.MaxRetryDelay, o.GiveUpAfter);
                if (outcome.RetryIn is { } retryIn)
                {
                    WebhookLog.DeliveryFailed(logger, subscription.Name, complaintId, head.Sequence, outcome.Failures, result.StatusCode, result.Error, retryIn);
                    break;
                }
                WebhookLog.DeliveryAbandoned(logger, subscription.Name, complaintId, head.Sequence, outcome.Failures);
                _origins.Done(head);
            }
            await Save();
        }
        catch (Exception ex)
        {
            WebhookLog.DrainFailed(logger, ex, Key, complaintId);
        }
        finally
        {
            _inFlight.Remove(complaintId);
            if (!_queue.Waits(complaintId))
                _origins.Forget(complaintId);
        }
    }

    /// <summary>While work waits a reminder is kept so a lost silo's queue comes back; once drained, it and the timer go.</summary>
    private async Task KeepWakeUpReminder()
    {
        var busy = _queue.HasWork || _inFlight.Count > 0;
        try
        {
            if (busy && _reminderRegistered != true)
            {
                await this.RegisterOrUpdateReminder(WakeUpReminder, WakeUpPeriod, WakeUpPeriod);
                _reminderRegistered = true;
            }
            else if (!busy)
            {
                if (_reminderRegistered != false && await this.GetReminder(WakeUpReminder) is { } reminder)
                    await this.UnregisterReminder(reminder);
                _reminderRegistered = false;
                // Apply may have added work while the reminder call was in flight: only stop when still idle.
                if (!_queue.HasWork && _inFlight.Count == 0)
                {
                    _timer?.Dispose();
                    _timer = null;
                }
            }
        }
        catch (Exception ex)
        {
            WebhookLog.ReminderFailed(logger, ex, Key);
            _reminderRegistered = null;
        }
    }

    private async Task Save()
    {
        try
        {
            await _commit.Commit();
        }
        catch (Exception ex)
        {
            WebhookLog.WriteFailed(logger, ex, Key);
            this.DeactivateOnIdle();
            throw;
        }
    }
}
