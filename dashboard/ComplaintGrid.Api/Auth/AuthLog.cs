using ComplaintGrid.Logging;
using Microsoft.Extensions.Logging;

namespace ComplaintGrid.Api.Auth;

/// <summary>Sign-in log messages. User names only, never a configured password.</summary>
internal static partial class AuthLog
{
    // Information, not a warning: generated sign-ins are the documented way a local run starts, and their passwords are random.
    [LoggerMessage(EventId = LogEventIds.Auth + 1, Level = LogLevel.Information,
        Message = "No dashboard users configured ({Section}:Users): this run's local sign-ins ({Names}) are in {Path}, readable only by this user. Configure users for anything shared.")]
    public static partial void GeneratedSignIns(ILogger logger, string section, string names, string path);

    [LoggerMessage(EventId = LogEventIds.Auth + 6, Level = LogLevel.Error,
        Message = "No dashboard users configured, and this run's local sign-ins could not be written to {Path}: configure users ({Section}:Users) or a writable {Section}:GeneratedSignInsPath")]
    public static partial void GeneratedSignInsUnwritable(ILogger logger, Exception exception, string path, string section);

    [LoggerMessage(EventId = LogEventIds.Auth + 2, Level = LogLevel.Warning, Message = "Sign-in refused from {Source}: unknown user or wrong password (user name of length {Length})")]
    public static partial void SignInRefused(ILogger logger, string source, int length);

    [LoggerMessage(EventId = LogEventIds.Auth + 7, Level = LogLevel.Warning, Message = "Sign-in refused from {Source} unchecked: too many failures for the address or the user name (of length {Length}); locked for {Wait}")]
    public static partial void SignInLockedOut(ILogger logger, string source, int length, TimeSpan wait);

    [LoggerMessage(EventId = LogEventIds.Auth + 8, Level = LogLevel.Warning, Message = "Sign-in refused from {Source} unchecked: too many password checks waiting")]
    public static partial void SignInBusy(ILogger logger, string source);

    [LoggerMessage(EventId = LogEventIds.Auth + 9, Level = LogLevel.Information, Message = "Session of {Name} ended: the user was removed, disabled or changed since signing in")]
    public static partial void SessionOutdated(ILogger logger, string name);

    [LoggerMessage(EventId = LogEventIds.Auth + 3, Level = LogLevel.Information, Message = "User {Name} signed in to the dashboard as {Role}")]
    public static partial void SignedIn(ILogger logger, string name, string role);

    [LoggerMessage(EventId = LogEventIds.Auth + 5, Level = LogLevel.Warning, Message = "Single sign-on refused: {Reason}")]
    public static partial void SsoRefused(ILogger logger, string reason);

    [LoggerMessage(EventId = LogEventIds.Auth + 4, Level = LogLevel.Information, Message = "API key refused: no configured key matches (presented value of length {Length})")]
    public static partial void ApiKeyRefused(ILogger logger, int length);
}
