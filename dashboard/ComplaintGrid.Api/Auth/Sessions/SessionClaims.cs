namespace ComplaintGrid.Api.Auth.Sessions;

/// <summary>The claims a browser session adds to its sign-in.</summary>
public static class SessionClaims
{
    /// <summary>
    /// The claim by which a request (or a live connection) knows its session: the session grain's key, never the id in
    /// the cookie.
    /// </summary>
    public const string Session = "complaintgrid:session";
}
