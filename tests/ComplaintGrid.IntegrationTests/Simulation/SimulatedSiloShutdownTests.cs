using ComplaintGrid.Simulator;
using ComplaintGrid.IntegrationTests.SqliteStore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ComplaintGrid.IntegrationTests.Simulation;

/// <summary>
/// The README's first command (a silo with <c>--simulate</c>) stopped while its simulated call centre is busy: the
/// simulated callers hang up before the silo stops, so none of their calls fails.
/// </summary>
public sealed class SimulatedSiloShutdownTests
{
    private const int SimulatorCallFailed = 3103;

    [Fact]
    public async Task Stop_WhileTheSimulatorFilesAndActs_NoSimulatedCallFails()
    {
        var recorder = new RecordingLoggerProvider();
        var databasePath = Path.Combine(Path.GetTempPath(), $"complaintgrid-simulate-{Guid.NewGuid():N}.db");
        // Expanded as the silo's Program expands its command line.
        var (app, _) = await TestSiloHost.StartAsync(SimulatorArguments.Expand(SiloArguments.OnLoopback("simulate")
            .Add(SimulatorArguments.Switch)
            .EmbeddedDatabase(databasePath)
            // Busy enough that calls are in flight whenever the stop comes.
            .Set("ComplaintGrid:Simulator:ComplaintsPerMinute", "600")
            .Set("ComplaintGrid:Simulator:AgentStepTime", "00:00:00.200")
            .Set("ComplaintGrid:Simulator:HandlingTimeFactor", "0.0001")
            .User("simulate-lead", "simulate-lead-password", "lead")), services => services.AddSingleton<ILoggerProvider>(recorder));
        try
        {
            var grains = app.Services.GetRequiredService<IGrainFactory>();
            await Eventually.True(async () => (await grains.GetGrain<IDepartmentGrain>("logistics").Get()).NewLast15Minutes >= 5,
                "the simulator filed 5 logistics complaints", TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(200));

            await app.StopAsync();

            var failures = recorder.Entries
                .Where(e => e.EventId.Id == SimulatorCallFailed)
                .Select(e => $"{e.Level} {e.Category}[{e.EventId.Id}]: {e.Message.Split('\n')[0]}")
                .ToList();
            Assert.True(failures.Count == 0, "simulated calls failed at an ordinary stop:\n" + string.Join('\n', failures.Take(10)));
        }
        finally
        {
            await app.DisposeAsync();
            foreach (var file in new[] { databasePath, databasePath + "-wal", databasePath + "-shm" })
                File.Delete(file);
        }
    }
}
