namespace ComplaintGrid.Api;

/// <summary>Bounds of the API's rate limits, shared by the API-wide and the per-key settings.</summary>
public static class ApiRateLimits
{
    /// <summary>The rate limiter policy the API's endpoints (and its OpenAPI document) are limited by.</summary>
    public const string PolicyName = "complaintgrid.api";

    /// <summary>One request in about 17 minutes: slower than that is a key that should be revoked instead.</summary>
    public const double MinimumRate = 0.001;

    /// <summary>Above this a limit limits nothing a single silo could serve.</summary>
    public const double MaximumRate = 100_000;

    /// <summary>Bursts beyond this are a different service level, not a burst.</summary>
    public const int MaximumBurst = 1_000_000;

    public static bool IsValidRate(double rate) => rate is >= MinimumRate and <= MaximumRate;

    public static bool IsValidBurst(int burst) => burst is >= 1 and <= MaximumBurst;
}
