using Microsoft.Extensions.Logging;

namespace ComplaintGrid.Dashboard.Auth;

/// <summary>Sign-in log messages. User names only, never a configured password.</summary>
internal static partial class AuthLog
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Warning,
        Message = "No dashboard users configured ({Section}:Users): local sign-in for this run: user '{Name}', password '{Password}' (role {Role}). Configure users for anything shared.")]
    public static partial void GeneratedSignIn(ILogger logger, string name, string password, string role, string section);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "Dashboard sign-in refused for user name of length {Length}")]
    public static partial void SignInRefused(ILogger logger, int length);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Information, Message = "User {Name} signed in to the dashboard as {Role}")]
    public static partial void SignedIn(ILogger logger, string name, string role);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Warning, Message = "Single sign-on refused: {Reason}")]
    public static partial void SsoRefused(ILogger logger, string reason);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Information, Message = "API key refused: no configured key matches (presented value of length {Length})")]
    public static partial void ApiKeyRefused(ILogger logger, int length);
}
