namespace ComplaintGrid.Api.Auth;

/// <summary>One integration's API key (<c>ComplaintGrid:Api:Keys:{n}</c>).</summary>
public sealed class ApiKeyDefinition
{
    /// <summary>The integration's name (<c>crm</c>, <c>ivr-north</c>): 1–64 letters, digits and <c>. _ - @</c>. Logged and rate-limited by.</summary>
    public string Name { get; set; } = "";

    /// <summary>
    /// The key as sent in <c>X-Api-Key</c> (at least <see cref="ApiKeyHashes.MinimumKeyLength"/> characters), or
    /// its hash from <see cref="ApiKeyHashes.Hash"/> (<c>sha256$…</c>) so configuration never holds the key itself.
    /// </summary>
    public string Key { get; set; } = "";

    /// <summary>Any of <c>read</c>, <c>file</c>, <c>act</c> (<see cref="ApiScopes"/>).</summary>
    public List<string> Scopes { get; set; } = [];

    /// <summary>This key's own sustained rate; the API-wide <c>ComplaintGrid:Api:RateLimit:PermitsPerSecond</c> when unset.</summary>
    public double? PermitsPerSecond { get; set; }

    /// <summary>This key's own burst; the API-wide <c>ComplaintGrid:Api:RateLimit:Burst</c> when unset.</summary>
    public int? Burst { get; set; }
}
