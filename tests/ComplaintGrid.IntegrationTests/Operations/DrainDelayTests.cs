using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;

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
        [
            "--urls", "http://127.0.0.1:0",
            "--ComplaintGrid:Silo:SiloPort", LoopbackPorts.Next().ToString(),
            "--ComplaintGrid:Silo:GatewayPort", LoopbackPorts.Next().ToString(),
            "--ComplaintGrid:Silo:ClusterId", "drain-" + Guid.NewGuid().ToString("N")[..8],
            "--ComplaintGrid:Embedded:DatabasePath", databasePath,
            "--ComplaintGrid:Drain:Delay", Delay.ToString(),
            "--Logging:LogLevel:Default", "Warning",
            "--ComplaintGrid:Dashboard:Users:0:Name", "drain-lead",
            "--ComplaintGrid:Dashboard:Users:0:Password", "drain-lead-password",
            "--ComplaintGrid:Dashboard:Users:0:Role", "lead",
        ]);
        using var http = new HttpClient { BaseAddress = address };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("drain-lead:drain-lead-password")));
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
