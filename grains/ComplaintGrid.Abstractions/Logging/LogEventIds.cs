namespace ComplaintGrid.Logging;

/// <summary>
/// The one table of logging event ids: each area logs in its own hundred, so an id names one message wherever the
/// log is read (alerts and dashboards match on it). A test checks that no id is used twice and each lies in its area.
/// </summary>
public static class LogEventIds
{
    /// <summary>Complaint, customer and department grains; silo deaths and stale copies (1001–1099).</summary>
    public const int Grains = 1000;

    /// <summary>The grains that gather the live feed (1101–1199).</summary>
    public const int GrainFeed = 1100;

    /// <summary>Webhook queues and deliveries (1201–1299).</summary>
    public const int Webhooks = 1200;

    /// <summary>Sign-in, sessions, API keys (2001–2099).</summary>
    public const int Auth = 2000;

    /// <summary>The dashboard host's side of the live feed (2101–2199).</summary>
    public const int DashboardFeed = 2100;

    /// <summary>Operations endpoints: health, drain (2201–2299).</summary>
    public const int Operations = 2200;

    /// <summary>The .NET client (3001–3099).</summary>
    public const int Client = 3000;

    /// <summary>The call-centre simulator (3101–3199).</summary>
    public const int Simulator = 3100;

    /// <summary>The stand-alone dashboard host (4001–4099).</summary>
    public const int DashboardHost = 4000;

    /// <summary>The silo's start-up and shutdown (5001–5099).</summary>
    public const int Silo = 5000;

    /// <summary>Schema migrations (5101–5199).</summary>
    public const int Migrations = 5100;

    /// <summary>Grain storage (5201–5299).</summary>
    public const int Storage = 5200;

    /// <summary>Bad-faith pattern flags and the story index (6001–6099).</summary>
    public const int BadFaith = 6000;

    /// <summary>Churn outcomes and model fits (6101–6199).</summary>
    public const int ChurnLearning = 6100;

    /// <summary>Duplicate complaints: detection at filing, links and merges (6201–6299).</summary>
    public const int Duplicates = 6200;

    /// <summary>Incident detection and incidents (6301–6399).</summary>
    public const int Incidents = 6300;

    /// <summary>Every area's first id, by name, for the test that keeps ids in their areas.</summary>
    public static IReadOnlyDictionary<string, int> Areas { get; } = new Dictionary<string, int>
    {
        [nameof(Grains)] = Grains, [nameof(GrainFeed)] = GrainFeed, [nameof(Webhooks)] = Webhooks, [nameof(Auth)] = Auth,
        [nameof(DashboardFeed)] = DashboardFeed, [nameof(Operations)] = Operations, [nameof(Client)] = Client,
        [nameof(Simulator)] = Simulator, [nameof(DashboardHost)] = DashboardHost, [nameof(Silo)] = Silo,
        [nameof(Migrations)] = Migrations, [nameof(Storage)] = Storage, [nameof(BadFaith)] = BadFaith,
        [nameof(ChurnLearning)] = ChurnLearning, [nameof(Duplicates)] = Duplicates,
        [nameof(Incidents)] = Incidents,
    };
}
