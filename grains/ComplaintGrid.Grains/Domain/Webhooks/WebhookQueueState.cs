namespace ComplaintGrid.Domain.Webhooks;

/// <summary>A webhook queue's stored state: a lane per complaint and totals.</summary>
[GenerateSerializer]
public sealed class WebhookQueueState
{
    [Id(0)] public Dictionary<string, WebhookLane> Lanes { get; set; } = [];

    [Id(1)] public long Delivered { get; set; }

    [Id(2)] public long Abandoned { get; set; }
}
