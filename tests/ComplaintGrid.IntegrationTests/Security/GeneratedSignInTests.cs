using System.Net;
using ComplaintGrid.IntegrationTests.SqliteStore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ComplaintGrid.IntegrationTests.Security;

/// <summary>
/// With no user configured, the sign-ins made up at start-up reach a file only this user can read, which the log names;
/// no password reaches the log.
/// </summary>
public sealed class GeneratedSignInTests
{
    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task NoUsersConfigured_SignInsGoToAPrivateFileTheLogNames_AndNeverToTheLog()
    {
        var folder = Directory.CreateTempSubdirectory("complaintgrid-signins-").FullName;
        var signIns = Path.Combine(folder, "data", "sign-ins.txt");
        var recorder = new RecordingLoggerProvider();
        var (app, address) = await TestSiloHost.StartAsync(
SiloArguments.OnLoopback("signins")
            .EmbeddedDatabase(Path.Combine(folder, "complaintgrid.db"))
            .Set("ComplaintGrid:Dashboard:GeneratedSignInsPath", signIns)
            .LogLevel("Default", "Trace"), services => services.AddSingleton<ILoggerProvider>(recorder));
        try
        {
            var lines = File.ReadAllLines(signIns).Where(l => !l.StartsWith('#')).Select(l => l.Split(' ')).ToArray();
            var passwords = lines.Select(l => l[1]).ToArray();
            var supervisor = lines.Single(l => l[0] == "supervisor");
            using var http = BasicAuth.Client(address, supervisor[0], supervisor[1]);

            Assert.Equal(["lead", "supervisor", "operator"], lines.Select(l => l[0]));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(signIns));
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/api/departments")).StatusCode);
            Assert.Contains(recorder.Entries, e => e.Message.Contains(signIns, StringComparison.Ordinal));
            Assert.DoesNotContain(recorder.Entries, e => passwords.Any(p => e.Message.Contains(p, StringComparison.Ordinal)));
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
            Directory.Delete(folder, recursive: true);
        }
    }
}
