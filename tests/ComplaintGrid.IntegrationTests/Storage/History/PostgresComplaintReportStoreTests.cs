using ComplaintGrid.History;

namespace ComplaintGrid.IntegrationTests.Storage.History;

/// <summary>The report figures on a fresh PostgreSQL database migrated by the silo's own scripts.</summary>
public sealed class PostgresComplaintReportStoreTests(PostgresComplaintHistoryStoreTests.Database database)
    : ComplaintReportStoreContract, IClassFixture<PostgresComplaintHistoryStoreTests.Database>
{
    protected override IComplaintHistoryStore Store => database.Store;
}
