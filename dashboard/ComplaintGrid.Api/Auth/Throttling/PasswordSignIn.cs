using System.Net;
using Microsoft.Extensions.Logging;

namespace ComplaintGrid.Api.Auth.Throttling;

/// <summary>
/// Every password check, from the form and from Basic: refused at once while the name or address is locked out, checked
/// in turn through the <see cref="PasswordCheckGate"/>, and counted by the <see cref="SignInThrottle"/> when wrong.
/// Each refusal is logged with the source address, never the name tried (it may be a password typed in the wrong box).
/// </summary>
public sealed class PasswordSignIn(DashboardUserStore users, SignInThrottle throttle, PasswordCheckGate gate, ILogger<PasswordSignIn> logger)
{
    /// <summary>How long a caller turned away by a full queue is asked to wait.</summary>
    private static readonly TimeSpan BusyRetry = TimeSpan.FromSeconds(1);

    public async Task<PasswordSignInResult> Check(string name, string password, IPAddress? address, CancellationToken cancellationToken)
    {
        var source = address?.ToString() ?? "unknown";
        if (throttle.LockedFor(name, address) is { } wait)
        {
            AuthLog.SignInLockedOut(logger, source, name.Length, wait);
            return new PasswordSignInResult(null, wait);
        }
        if (users.FromVerified(name, password) is { } known)
            return new PasswordSignInResult(known, null);
        var (ran, user) = await gate.Run(() => users.Authenticate(name, password), cancellationToken);
        if (!ran)
        {
            AuthLog.SignInBusy(logger, source);
            return new PasswordSignInResult(null, BusyRetry);
        }
        if (user is null)
        {
            throttle.Failed(name, address);
            AuthLog.SignInRefused(logger, source, name.Length);
            return PasswordSignInResult.Refused;
        }
        throttle.Succeeded(name);
        return new PasswordSignInResult(user, null);
    }
}
