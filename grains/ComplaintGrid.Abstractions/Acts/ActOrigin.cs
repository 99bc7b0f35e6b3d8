namespace ComplaintGrid;

/// <summary>Which door an act came through, and for API keys which key: "agent-ana via crm".</summary>
/// <param name="Channel">User, API key, cluster client, system or simulator.</param>
/// <param name="Name">The API key's integration name for <see cref="ActChannel.ApiKey"/>; how the user signed in for <see cref="ActChannel.User"/>.</param>
[GenerateSerializer, Immutable, Alias("cg.ActOrigin")]
public sealed record ActOrigin(
    [property: Id(0)] ActChannel Channel,
    [property: Id(1)] string? Name)
{
    /// <summary>A program on the Orleans client.</summary>
    public static readonly ActOrigin ClusterClient = new(ActChannel.ClusterClient, null);

    /// <summary>ComplaintGrid itself.</summary>
    public static readonly ActOrigin System = new(ActChannel.System, null);

    /// <summary>The built-in simulator.</summary>
    public static readonly ActOrigin Simulator = new(ActChannel.Simulator, null);

    /// <summary>A signed-in user; <paramref name="signIn"/> says how (<c>cookie</c>, <c>basic</c>, <c>sso</c>).</summary>
    public static ActOrigin User(string signIn) => new(ActChannel.User, signIn);

    /// <summary>The API key of the integration named <paramref name="integration"/>.</summary>
    public static ActOrigin ApiKey(string integration) => new(ActChannel.ApiKey, integration);

    /// <summary>The actor as a person reads it: <c>agent-ana via crm</c> for a key acting for an agent, else the actor.</summary>
    public string Describe(string actor) =>
        Channel == ActChannel.ApiKey && Name is not null && !string.Equals(actor, Name, StringComparison.Ordinal) ? $"{actor} via {Name}" : actor;
}
