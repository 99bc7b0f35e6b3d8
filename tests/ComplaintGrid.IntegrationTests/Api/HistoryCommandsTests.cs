using ComplaintGrid.Silo.Hosting;
using ComplaintGrid.Silo.Storage.History;
using ComplaintGrid.Silo.Storage.Sqlite;
using Dapper;

namespace ComplaintGrid.IntegrationTests.Api;

/// <summary>
/// The silo's <c>check-history</c> and <c>rebuild-history</c> verbs on the running host's embedded file: the check
/// names a tampered row (exit 1) without printing its values, and the rebuild restores rows that were dropped.
/// </summary>
[Collection(SiloHostCollection.Name)]
public sealed class HistoryCommandsTests(SiloHostFixture fixture)
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task CheckHistory_ATamperedRow_IsReportedByNameAndColumn_WithExitCode1()
    {
        var id = await FileAndWait();
        var before = await Run(HistoryCommands.Check);
        Assert.DoesNotContain(id, before.Output, StringComparison.Ordinal);

        await using (var connection = await SqliteDataSources.ForFile(fixture.DatabasePath).OpenConnectionAsync())
            await connection.ExecuteAsync("UPDATE complaint_history SET status = 'Resolved', search_text = 'tampered' WHERE complaint_id = @id", new { id });
        var after = await Run(HistoryCommands.Check);

        Assert.Equal(HistoryCommands.Different, after.ExitCode);
        Assert.Contains($"{id}: differs in Status, SearchText", after.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("tampered", after.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("torn cover", after.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RebuildHistory_AfterRowsWereDropped_RestoresThem()
    {
        var id = await FileAndWait();
        var store = HistoryStores.Sqlite(fixture.DatabasePath);
        var projected = await store.Get(id);
        var events = await store.Events(id);
        await store.Delete(id);
        Assert.Null(await store.Get(id));
        Assert.Contains($"{id}: missing from the history", (await Run(HistoryCommands.Check)).Output, StringComparison.Ordinal);

        var rebuilt = await Run(HistoryCommands.Rebuild);

        Assert.Equal(0, rebuilt.ExitCode);
        Assert.Equal(projected, await store.Get(id));
        Assert.Equal(events.Select(e => (e.Sequence, e.Kind, e.At)), (await store.Events(id)).Select(e => (e.Sequence, e.Kind, e.At)));
        Assert.DoesNotContain(id, (await Run(HistoryCommands.Check)).Output, StringComparison.Ordinal);
    }

    private async Task<string> FileAndWait()
    {
        var customer = ApiCalls.NewCustomer();
        var id = await fixture.Http.FileAsync(ApiCalls.Filing(customer));
        var store = HistoryStores.Sqlite(fixture.DatabasePath);
        await Eventually.True(async () => await store.Get(id) is not null, "the filing reaches the history", Within);
        return id;
    }

    private async Task<(int ExitCode, string Output)> Run(string verb)
    {
        using var output = new StringWriter();
        var exitCode = await HistoryCommands.RunAsync(verb, ["--ComplaintGrid:Embedded:DatabasePath", fixture.DatabasePath, "--sample", "1000000"], output);
        return (exitCode, output.ToString());
    }
}
