using Orleans.Concurrency;

namespace ComplaintGrid;

/// <summary>
/// The keys that protect the dashboard's sign-in cookies (key 0), kept in the deployment's store: every host of a
/// deployment reads one key ring, so a cookie from one host is good at all, and a restarted host still reads its own.
/// </summary>
[Alias("cg.ISignInKeyRingGrain")]
public interface ISignInKeyRingGrain : IGrainWithIntegerKey
{
    /// <summary>Every key and revocation written so far.</summary>
    [Alias("GetAll"), ReadOnly]
    Task<IReadOnlyList<SignInKeyElement>> GetAll();

    /// <summary>Adds an element; one already kept under the same friendly name is left as it is.</summary>
    [Alias("Store")]
    Task Store(SignInKeyElement element);
}
