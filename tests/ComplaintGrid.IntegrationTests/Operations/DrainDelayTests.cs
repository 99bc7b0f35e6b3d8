using System.Diagnostics;
using System.Net;

namespace ComplaintGrid.IntegrationTests.Operations;

/// <summary>
/// A host told to stop first leaves the balancer's rotation (readiness 503) while it still serves, and closes its port
/// only after the drain delay.
/// </summary>
public sealed class DrainDelayTests
{
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(3);

    [Fact]
    public async Task Stop_ReadinessFailsAtOnce_WhileTheApiStillAnswersUntilTheDelayHasPassed()
    {
        var databasePath = Path.Combine(Path.GetTempPath(), $"complaintgrid-drain-{Guid.NewGuid():N}.db");
        var (app, address) = await TestSiloHost.StartAsync(
SiloArguments.OnLoopback("drain")
            .EmbeddedDatabase(databasePath)
            .Set("ComplaintGrid:Drain:Delay", Delay)
            .User("drain-lead", "drain-lead-password", "lead"));
        using var http = BasicAuth.Client(address, "drain-lead", "drain-lead-password");
        try
        {
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health/ready")).StatusCode);

            var clock = Stopwatch.StartNew();
            var stopping = app.StopAsync();

            // Inside the delay: out of rotation as soon as the stop begins, yet every request is still served.
            await Eventually.True(async () => (await http.GetAsync("/health/ready")).StatusCode == HttpStatusCode.ServiceUnavailable,
                "readiness to turn false once the stop began", Delay, TimeSpan.FromMilliseconds(50));
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health/live")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/api/departments")).StatusCode);
            Assert.False(stopping.IsCompleted, $"the host stopped after {clock.Elapsed.TotalSeconds:0.0} s, inside the {Delay.TotalSeconds} s drain delay");

            await stopping;
            Assert.True(clock.Elapsed >= Delay - TimeSpan.FromMilliseconds(100), $"stopped after {clock.Elapsed.TotalSeconds:0.0} s");
            await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync("/health/live"));
        }
        finally
        {
            await app.DisposeAsync();
            foreach (var file in new[] { databasePath, databasePath + "-wal", databasePath + "-shm" })
                File.Delete(file);
        }
    }
}
