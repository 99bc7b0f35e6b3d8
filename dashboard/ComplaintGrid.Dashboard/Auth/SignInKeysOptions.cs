namespace ComplaintGrid.Dashboard.Auth;

/// <summary>
/// Where the host keeps the data-protection keys that sign its sign-in cookies (section <c>ComplaintGrid:Dashboard:SignInKeys</c>).
/// A host that comes back with other keys cannot read the cookies it gave out, and every browser is sent to sign in again.
/// </summary>
public sealed class SignInKeysOptions
{
    public const string SectionName = "ComplaintGrid:Dashboard:SignInKeys";

    /// <summary>
    /// One name for every host of the dashboard, so hosts installed in different folders that share the keys also accept
    /// each other's cookies (ASP.NET Core otherwise tells applications apart by their content root).
    /// </summary>
    public const string ApplicationName = "ComplaintGrid.Dashboard";

    /// <summary>
    /// An absolute directory for the keys: a volume that outlives the host (a container's home does not), shared by
    /// every dashboard host behind one address. The keys are stored unencrypted: give the directory to the host's user
    /// only. Unset: ASP.NET Core's default, <c>$HOME/.aspnet/DataProtection-Keys</c>, which survives a restart on the same
    /// machine only.
    /// </summary>
    public string? Directory { get; set; }
}
