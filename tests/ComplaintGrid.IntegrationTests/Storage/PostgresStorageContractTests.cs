using Orleans.Storage;

namespace ComplaintGrid.IntegrationTests.Storage;

/// <summary>The storage contract on PostgreSQL: Orleans' ADO.NET grain storage and reminders on our migration scripts.</summary>
public sealed class PostgresStorageContractTests(PostgresStorageFixture fixture)
    : StorageContractTests, IClassFixture<PostgresStorageFixture>
{
    protected override IGrainStorage GrainStorage => fixture.Silo.GrainStorage;

    protected override IGrainStorage DeletingGrainStorage => fixture.Silo.DeletingGrainStorage;

    protected override IReminderTable ReminderTable => fixture.Silo.ReminderTable;
}
