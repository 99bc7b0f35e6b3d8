namespace ComplaintGrid.Domain.Webhooks;

/// <summary>One complaint's deliveries in a webhook queue, oldest first; only the head is ever in flight.</summary>
[GenerateSerializer]
public sealed class WebhookLane
{
    /// <summary>The highest sequence accepted from the complaint: redelivered events at or below it are ignored.</summary>
    [Id(0)] public long LastSequence { get; set; }

    [Id(1)] public List<ComplaintEvent> Pending { get; set; } = [];

    /// <summary>Failed attempts of the head.</summary>
    [Id(2)] public int Failures { get; set; }

    /// <summary>When the head may be tried again; null when it is due now.</summary>
    [Id(3)] public DateTimeOffset? NextAttemptAt { get; set; }

    /// <summary>When the head first failed, for giving up.</summary>
    [Id(4)] public DateTimeOffset? FirstFailedAt { get; set; }

    /// <summary>When an event last arrived, for forgetting <see cref="LastSequence"/> once the lane is empty.</summary>
    [Id(5)] public DateTimeOffset LastEnqueuedAt { get; set; }
}
