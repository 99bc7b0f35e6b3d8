namespace ComplaintGrid.Api;

/// <summary>
/// The API's rate limit per caller (section <c>ComplaintGrid:Api:RateLimit</c>): each API key, each user and each
/// anonymous address has a token bucket of its own. A key may override both (<c>ComplaintGrid:Api:Keys:{n}</c>).
/// </summary>
public sealed class ApiRateLimitOptions
{
    public const string SectionName = "ComplaintGrid:Api:RateLimit";

    /// <summary>
    /// Sustained requests per second; fractions allowed (<c>0.5</c> is one every two seconds). The default keeps one
    /// runaway caller to a fraction of what a silo serves while a busy CRM or IVR never meets it.
    /// </summary>
    public double PermitsPerSecond { get; set; } = 200;

    /// <summary>Requests allowed at once after a quiet spell: a CRM's batch of filings or reads.</summary>
    public int Burst { get; set; } = 400;
}
