namespace ComplaintGrid.Api.Auth;

/// <summary>
/// Where the data-protection keys that protect sign-in cookies live (section <c>ComplaintGrid:Dashboard:SignInKeys</c>).
/// By default in the deployment's store, beside its complaints: the SQLite file of the embedded profile, the PostgreSQL
/// database of a cluster. Every host of the deployment then reads one key ring, and a restarted host reads its own.
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
    /// Instead of the deployment's store, an absolute directory for the keys, which every dashboard host must share.
    /// The keys are stored unencrypted: give the directory to the host's user only. Unset (the default): the store.
    /// </summary>
    public string? Directory { get; set; }
}
