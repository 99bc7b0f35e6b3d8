namespace ComplaintGrid;

/// <summary>
/// Actor names a complaint records for its own steps. No user, API key or <c>onBehalfOf</c> may take one, so a timeline
/// entry under such a name is always ComplaintGrid's own.
/// </summary>
public static class ReservedActors
{
    /// <summary>Steps the system takes by itself: escalations, reopening.</summary>
    public const string System = "system";

    /// <summary>The filing itself (the channel is in the detail).</summary>
    public const string Intake = "intake";

    /// <summary>The customer's own feedback.</summary>
    public const string Customer = "customer";

    /// <summary>Every reserved name.</summary>
    public static readonly IReadOnlyList<string> All = [System, Intake, Customer];

    /// <summary>Whether <paramref name="name"/> is reserved (case-insensitively).</summary>
    public static bool IsReserved(string name) => All.Contains(name, StringComparer.OrdinalIgnoreCase);
}
