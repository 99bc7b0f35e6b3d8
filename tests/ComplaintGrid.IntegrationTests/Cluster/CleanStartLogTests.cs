namespace ComplaintGrid.IntegrationTests.Cluster;

/// <summary>
/// A silo started as the README starts it logs no error on its way up, and no warning beyond the few known ones listed
/// here: a warning at every start teaches operators to ignore warnings. (Grains called before the silo was active used to
/// fill the start with failed placements and a key ring that would not load.)
/// </summary>
[Collection(ClusterProcessCollection.Name)]
public sealed class CleanStartLogTests : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"complaintgrid-clean-start-{Guid.NewGuid():N}");

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        if (Directory.Exists(_directory))
            Directory.Delete(_directory, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task AStartedSilo_HasLoggedNoWarningAndNoError()
    {
        await using var silo = await SiloProcess.StartAsync("clean-start",
            "--ComplaintGrid:Silo:Profile", "Embedded",
            "--ComplaintGrid:Embedded:DatabasePath", Path.Combine(_directory, "complaintgrid.db"));
        var lines = silo.Lines;

        var complaints = new List<string>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (!lines[i].StartsWith("warn:", StringComparison.Ordinal) && !lines[i].StartsWith("fail:", StringComparison.Ordinal)
                && !lines[i].StartsWith("crit:", StringComparison.Ordinal))
                continue;
            var message = i + 1 < lines.Count ? lines[i + 1].Trim() : "";
            if (KnownStillToDo.Any(lines[i].StartsWith))
                continue;
            complaints.Add($"{lines[i]} {message}");
        }

        Assert.True(complaints.Count == 0, "the silo logged at start:\n" + string.Join('\n', complaints));
    }

    /// <summary>
    /// Warnings a start still logs, each with its reason; any other fails the test. The ServerGC note is this harness's
    /// own doing (test silos run workstation GC to share the machine; the product enables server GC). Data protection
    /// warns that its key ring is stored unencrypted in the deployment's database, a decision for operators still open.
    /// A long first timer turn is JIT on a busy machine.
    /// </summary>
    private static readonly string[] KnownStillToDo =
    [
        "warn: Orleans.Runtime.Silo[100405]",
        "warn: Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager[35]",
        "warn: Orleans.Runtime.Scheduler.WorkItemGroup[101215]",
    ];
}
