using ComplaintGrid.History;

namespace ComplaintGrid.IntegrationTests.Storage.History;

/// <summary>The report figures on a migrated SQLite file of the class's own.</summary>
public sealed class SqliteComplaintReportStoreTests(SqliteComplaintHistoryStoreTests.Database database)
    : ComplaintReportStoreContract, IClassFixture<SqliteComplaintHistoryStoreTests.Database>
{
    protected override IComplaintHistoryStore Store => database.Store;
}
