using System.Reflection;
using System.Text.RegularExpressions;
using Orleans.Configuration;
using Orleans.Runtime.MembershipService;
using Orleans.Storage;

namespace ComplaintGrid.IntegrationTests.Storage;

/// <summary>
/// The OrleansQuery keys the referenced Orleans ADO.NET packages ask for, read from the packages themselves so
/// an Orleans upgrade that adds a key fails here instead of at a silo's start-up.
/// </summary>
internal static partial class OrleansQueryKeys
{
    /// <summary>Keys a provider refuses to start without.</summary>
    public static IReadOnlyList<string> Required { get; } =
    [
        // Clustering and reminders check their DbStoredQueries' non-public properties against the table by reflection; so do we.
        .. StoredQueryProperties(typeof(AdoNetClusteringTable).Assembly, "Orleans.Clustering.AdoNet.Storage.DbStoredQueries"),
        .. StoredQueryProperties(typeof(AdoNetReminderTableOptions).Assembly, "Orleans.Reminders.AdoNet.Storage.DbStoredQueries"),
        // Grain storage names its keys in the query it starts with; DeleteStorageKey among them is optional.
        .. QuotedKey().Matches(AdoNetGrainStorage.DefaultInitializationQuery).Select(m => m.Groups[1].Value).Where(k => k != DeleteStorageKey),
    ];

    /// <summary>Every key we store: the required ones and the optional ones 10.4.2 uses when present.</summary>
    public static IReadOnlyList<string> Known { get; } = [.. Required, DeleteStorageKey, "CleanupDefunctSiloEntryKey"];

    private const string DeleteStorageKey = "DeleteStorageKey";

    private static IEnumerable<string> StoredQueryProperties(Assembly assembly, string typeName) =>
        assembly.GetType(typeName, throwOnError: true)!
            .GetProperties(BindingFlags.Instance | BindingFlags.NonPublic)
            .Select(p => p.Name);

    [GeneratedRegex("'([A-Za-z0-9]+Key)'")]
    private static partial Regex QuotedKey();
}
