using ComplaintGrid.History;
using ComplaintGrid.Silo.Storage.History;
using ComplaintGrid.Silo.Storage.Sqlite;
using Npgsql;

namespace ComplaintGrid.Silo.Hosting;

/// <summary>
/// <c>check-history</c> and <c>rebuild-history</c>: compare the history read model with the complaints' own stored
/// state, or re-project it from that state. Both read the profile's database directly, with or without silos running.
/// Output names complaints and the columns that differ, never their values (they may be personal data).
/// </summary>
public static class HistoryCommands
{
    /// <summary>Compares a sample of complaints (<c>--sample N</c>, default 1000) with their history rows; exit code 1 on any difference.</summary>
    public const string Check = "check-history";

    /// <summary>Writes every stored complaint's row (and the events its timeline records) into the history.</summary>
    public const string Rebuild = "rebuild-history";

    /// <summary>Exit code of a check that found a difference.</summary>
    public const int Different = 1;

    private const int DefaultSample = 1000;

    public static async Task<int> RunAsync(string verb, string[] args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var builder = WebApplication.CreateSlimBuilder(args);
        var settings = SiloSettings.Read(builder.Configuration);
        var sample = builder.Configuration.GetValue("sample", DefaultSample);
        if (sample < 1)
            throw new ArgumentException("--sample must be a whole number of at least 1.");
        var (store, complaints) = Open(settings);
        return verb == Rebuild ? await RebuildAsync(store, complaints, output) : await CheckAsync(store, complaints, sample, output);
    }

    private static (ComplaintHistoryStore Store, StoredComplaints Complaints) Open(SiloSettings settings) => settings.Silo.Profile switch
    {
        StorageProfile.Postgres => (HistoryStores.Postgres(settings.Postgres.ConnectionString!),
            new StoredComplaints(NpgsqlDataSource.Create(settings.Postgres.ConnectionString!))),
        StorageProfile.Embedded => (HistoryStores.Sqlite(settings.Embedded.DatabasePath),
            new StoredComplaints(SqliteDataSources.ForFile(settings.Embedded.DatabasePath))),
        _ => throw new InvalidOperationException($"The {settings.Silo.Profile} profile keeps no history; use Embedded or Postgres."),
    };

    private static async Task<int> CheckAsync(ComplaintHistoryStore store, StoredComplaints complaints, int sample, TextWriter output)
    {
        // Reservoir sampling: every stored complaint is as likely to be checked, in one pass over the table.
        var chosen = new List<ComplaintHistoryRecord>(Math.Min(sample, 4096));
        var seen = 0;
        await foreach (var state in complaints.ReadAll())
        {
            seen++;
            if (chosen.Count < sample)
                chosen.Add(ComplaintHistoryRecords.From(state));
            else if (Random.Shared.Next(seen) is var slot && slot < sample)
                chosen[slot] = ComplaintHistoryRecords.From(state);
        }
        var differences = 0;
        foreach (var expected in chosen)
        {
            var actual = await store.Get(expected.ComplaintId);
            var columns = actual is null ? null : HistoryDifferences.Columns(expected, actual);
            if (actual is null)
                output.WriteLine($"{expected.ComplaintId}: missing from the history");
            else if (columns!.Count > 0)
                output.WriteLine($"{expected.ComplaintId}: differs in {string.Join(", ", columns)}");
            else
                continue;
            differences++;
        }
        output.WriteLine($"checked {chosen.Count} of {seen} complaints: {differences} differ");
        return differences == 0 ? 0 : Different;
    }

    private static async Task<int> RebuildAsync(ComplaintHistoryStore store, StoredComplaints complaints, TextWriter output)
    {
        var written = 0;
        await foreach (var state in complaints.ReadAll())
        {
            var events = state.Timeline.Select(t => ComplaintHistoryEvent.From(state.Id, t)).ToArray();
            await store.Apply(ComplaintHistoryRecords.From(state), events);
            written++;
        }
        output.WriteLine($"rebuilt the history of {written} complaints");
        return 0;
    }
}
