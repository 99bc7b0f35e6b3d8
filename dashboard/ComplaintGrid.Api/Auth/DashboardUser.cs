namespace ComplaintGrid.Api.Auth;

/// <summary>One configured user (<c>ComplaintGrid:Dashboard:Users:{n}</c>).</summary>
public sealed class DashboardUser
{
    /// <summary>Sign-in name: 1–64 letters, digits and <c>. _ - @</c>.</summary>
    public string Name { get; set; } = "";

    /// <summary>
    /// A hash from <see cref="DashboardPasswords.Hash"/> (<c>pbkdf2-sha256$…</c>), or for local development
    /// the plain password.
    /// </summary>
    public string Password { get; set; } = "";

    /// <summary><c>lead</c> (view), <c>agent</c> (view and act), <c>supervisor</c> (also approve) or <c>operator</c> (Orleans' dashboard).</summary>
    public string Role { get; set; } = "";

    /// <summary>
    /// The departments whose complaints the user sees and acts on, or <c>*</c> for all. Required for agents; a lead or
    /// supervisor without any sees every department.
    /// </summary>
    public List<string> Departments { get; set; } = [];

    /// <summary>Refuses the user's sign-ins and ends their sessions at their next request, keeping the entry.</summary>
    public bool Disabled { get; set; }
}
