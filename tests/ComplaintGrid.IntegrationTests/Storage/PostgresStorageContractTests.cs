using Orleans.Storage;

namespace ComplaintGrid.IntegrationTests.Storage;

/// <summary>The storage contract on PostgreSQL: Orleans' ADO.NET grain storage and reminders on our migration scripts.</summary>
public sealed class PostgresStorageContractTests(PostgresStorageFixture fixture)
    : StorageContractTests, IClassFixture<PostgresStorageFixture>
{
    protected override IGrainStorage GrainStorage => fixture.GrainStorage;

    protected override IGrainStorage DeletingGrainStorage => fixture.DeletingGrainStorage;

    protected override IReminderTable ReminderTable => fixture.ReminderTable;
}
