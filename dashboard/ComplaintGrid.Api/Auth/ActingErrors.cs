namespace ComplaintGrid.Api.Auth;

/// <summary>The stable codes of a request refused for who it claims to act as (403).</summary>
public static class ActingErrors
{
    /// <summary>A body field names an actor other than the caller.</summary>
    public const string ActorMismatch = ErrorCodes.ActorMismatch;

    /// <summary><c>onBehalfOf</c> from a caller that may not act for someone else.</summary>
    public const string ActAsForbidden = ErrorCodes.ActAsForbidden;

    /// <summary>The body field an API key with <c>act-as</c> names its agent in.</summary>
    public const string OnBehalfOfField = "onBehalfOf";
}
