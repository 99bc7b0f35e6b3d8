namespace ComplaintGrid.IntegrationTests.Security.Sessions;

/// <summary>The users an <see cref="EmbeddedHost"/> starts with in the sign-in tests: a supervisor and a lead.</summary>
internal static class EmbeddedUsers
{
    public const string Agent = "agent-amy";
    public const string AgentPassword = "agent-amy-password";
    public const string Lead = "lead-leo";
    public const string LeadPassword = "lead-leo-password";

    /// <summary>Name, password, role and whether disabled, as <see cref="EmbeddedHost.Start"/> takes them.</summary>
    public static readonly (string, string, string, bool)[] Both =
    [
        (Agent, AgentPassword, "supervisor", false),
        (Lead, LeadPassword, "lead", false),
    ];
}
