using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Serialization;

namespace ComplaintGrid.Silo.Storage.Sqlite;

/// <summary>
/// The embedded profile's storage: Orleans' own ADO.NET grain storage and our <see cref="SqliteReminderTable"/>
/// on one SQLite file, both through that file's <see cref="SerializedSqliteDataSource"/>. The file's schema comes
/// from the scripts in <c>Storage/Sqlite/Migrations</c>, applied before the silo starts.
/// </summary>
public static class SqliteSiloBuilderExtensions
{
    /// <summary>The ADO.NET invariant Orleans 10.4.2 maps to Microsoft.Data.Sqlite's <c>SqliteFactory</c>.</summary>
    public const string Invariant = "System.Data.SQLite";

    /// <summary>
    /// Adds Orleans' ADO.NET grain storage named <paramref name="name"/> on the SQLite file at
    /// <paramref name="databasePath"/>, with Orleans' binary serializer. <paramref name="deleteStateOnClear"/>
    /// removes the row on clear instead of keeping an empty one under a new version.
    /// </summary>
    /// <remarks>
    /// Orleans loads the invariant's factory by assembly and type name (it never asks
    /// <c>DbProviderFactories</c>), so the serialized writer is handed over as the options' <c>DataSource</c>
    /// instead of a connection string. The binary serializer writes state by its [GenerateSerializer] ids and
    /// [Alias] names; the default JSON serializer would embed CLR type names, so moving a state type would
    /// orphan its rows.
    /// </remarks>
    public static ISiloBuilder AddSqliteGrainStorage(this ISiloBuilder builder, string name, string databasePath,
        bool deleteStateOnClear = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var database = SqliteDataSources.ForFile(databasePath);
        return builder.AddAdoNetGrainStorage(name, options => options.Configure<Serializer>((o, serializer) =>
        {
            o.Invariant = Invariant;
            o.DataSource = database;
            o.GrainStorageSerializer = new PooledGrainStorageSerializer(serializer);
            o.DeleteStateOnClear = deleteStateOnClear;
        }));
    }

    /// <summary>
    /// Uses <see cref="SqliteReminderTable"/> on the file named by <paramref name="connectionString"/>'s
    /// <c>Data Source</c> as the reminder table, with Orleans' reminder service.
    /// </summary>
    public static ISiloBuilder UseSqliteReminderService(this ISiloBuilder builder, string connectionString)
    {
        var database = SqliteDataSources.ForConnectionString(connectionString);
        builder.AddReminders();
        builder.Services.AddSingleton<IReminderTable>(services =>
            new SqliteReminderTable(database, services.GetRequiredService<IOptions<ClusterOptions>>()));
        return builder;
    }
}
