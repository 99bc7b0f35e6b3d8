namespace ComplaintGrid.Api.Auth;

/// <summary>
/// A user whose sign-in was accepted: canonical name, role (lower case) and departments (none: all). A configured
/// user also has a <paramref name="Stamp"/>, by which their sessions end when their entry changes; single sign-on users have none.
/// </summary>
public sealed record SignedInUser(string Name, string Role, IReadOnlyList<string> Departments, string? Stamp = null);
