namespace ComplaintGrid.Api.Auth;

/// <summary>Who may use the dashboard and the API (section <c>ComplaintGrid:Dashboard</c>).</summary>
public sealed class DashboardAuthOptions
{
    public const string SectionName = "ComplaintGrid:Dashboard";

    /// <summary>
    /// The users. When none is configured, start-up creates <c>lead</c>, <c>supervisor</c> and <c>operator</c> with random
    /// passwords and writes them to <see cref="GeneratedSignInsPath"/> (and shows them on an interactive console), so a
    /// newcomer can sign in at once; configure users for anything shared.
    /// </summary>
    public List<DashboardUser> Users { get; set; } = [];

    /// <summary>
    /// Where the sign-ins made up when no user is configured are written (created readable by the process's user only,
    /// replaced each run); relative paths are from the working directory. The log names the file, never a password.
    /// </summary>
    public string GeneratedSignInsPath { get; set; } = "data/sign-ins.txt";

    /// <summary>
    /// Other sites (<c>https://wall.example.com</c>) whose pages may send a browser's state-changing requests and open the
    /// live feed here; this site's own origin is always allowed.
    /// </summary>
    public List<string> AllowedOrigins { get; set; } = [];

    /// <summary>
    /// How often the live feed's open connections are checked against their sessions; one whose session was signed out
    /// (on any host) or has lapsed is closed at the next check.
    /// </summary>
    public TimeSpan LiveSessionCheck { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a browser stays signed in without activity (sliding).</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(12);
}
