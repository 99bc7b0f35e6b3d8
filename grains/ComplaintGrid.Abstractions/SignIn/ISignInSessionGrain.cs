using Orleans.Concurrency;

namespace ComplaintGrid;

/// <summary>
/// One browser sign-in, kept in the deployment's store so that every host of the dashboard sees it and signing out
/// ends it everywhere. Keyed by a hash of the session id the cookie carries, never the id itself.
/// </summary>
[Alias("cg.ISignInSessionGrain")]
public interface ISignInSessionGrain : IGrainWithStringKey
{
    /// <summary>Keeps (or renews) the session until <see cref="SignInSession.ExpiresAt"/>.</summary>
    [Alias("Store")]
    Task Store(SignInSession session);

    /// <summary>The session, or null when it was never made, was signed out or has lapsed.</summary>
    [Alias("Get"), ReadOnly]
    Task<SignInSession?> Get();

    /// <summary>Ends the session (sign-out); idempotent.</summary>
    [Alias("Remove")]
    Task Remove();
}
