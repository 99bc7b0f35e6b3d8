using ComplaintGrid.IntegrationTests.Storage;
using Orleans.Storage;

namespace ComplaintGrid.IntegrationTests.SqliteStore;

/// <summary>The storage contract on the embedded SQLite file: Orleans' ADO.NET grain storage on our scripts, and our reminder table.</summary>
public sealed class SqliteStorageContractTests(SqliteStorageFixture fixture)
    : StorageContractTests, IClassFixture<SqliteStorageFixture>
{
    protected override IGrainStorage GrainStorage => fixture.Silo.GrainStorage;

    protected override IGrainStorage DeletingGrainStorage => fixture.Silo.DeletingGrainStorage;

    protected override IReminderTable ReminderTable => fixture.Silo.ReminderTable;
}
