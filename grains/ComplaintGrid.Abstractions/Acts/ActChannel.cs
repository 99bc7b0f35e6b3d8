namespace ComplaintGrid;

/// <summary>How an act reached a complaint: every timeline entry says which door it came through.</summary>
public enum ActChannel
{
    /// <summary>A program on the Orleans client (the .NET client library, the CLI): trusted by the cluster's network.</summary>
    ClusterClient,

    /// <summary>A signed-in user (browser, HTTP Basic or single sign-on); the actor is the user's id.</summary>
    User,

    /// <summary>An integration's API key; the actor is the key's name, or the agent it acts for with the <c>act-as</c> scope.</summary>
    ApiKey,

    /// <summary>ComplaintGrid itself: a deadline reminder, a reopening after unsatisfied feedback.</summary>
    System,

    /// <summary>The built-in call-centre simulator (<c>--simulate</c>).</summary>
    Simulator,
}
