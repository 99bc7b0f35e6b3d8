
namespace ComplaintGrid.IntegrationTests.Cluster;

/// <summary>The silo executable as an operator runs it: <c>migrate</c>, a refused start on an old schema, a bad setting.</summary>
[Collection(ClusterProcessCollection.Name)]
public sealed class SiloCommandLineTests
{
    [Fact]
    public async Task Migrate_Twice_AppliesEverythingOnceThenNothing()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        string[] arguments = ["migrate", "--ComplaintGrid:Silo:Profile", "Postgres", "--ComplaintGrid:Postgres:ConnectionString", database.ConnectionString];

        var first = await SiloProcess.RunAsync(arguments);
        var second = await SiloProcess.RunAsync(arguments);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("Postgres: applied 0001_orleans_clustering, 0002_orleans_persistence, 0003_orleans_reminders, 0004_complaint_history, 0005_report_indexes, 0006_complaint_history_status, 0007_complaint_history_text_unchanged.", first.Output, StringComparison.Ordinal);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("schema already current; nothing to apply", second.Output, StringComparison.Ordinal);
        Assert.Equal(7L, await database.ScalarAsync<long>("SELECT count(*) FROM complaintgrid_schema_migrations"));
    }

    [Fact]
    public async Task Start_OnAnUnmigratedDatabase_RefusesAndSaysToRunMigrate()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();

        var (exitCode, output) = await SiloProcess.RunAsync(new SiloArguments()
            .Profile("Postgres")
            .Set("ComplaintGrid:Postgres:ConnectionString", database.ConnectionString)
            .Ports(LoopbackPorts.Next(), LoopbackPorts.Next())
            .Set("urls", $"http://127.0.0.1:{LoopbackPorts.Next()}"));

        Assert.Equal(2, exitCode);
        Assert.Contains("cannot start", output, StringComparison.Ordinal);
        Assert.Contains("dotnet run --project silo/ComplaintGrid.Silo -- migrate", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Password", output, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("ComplaintGrid:Silo:GatewayPort", "70000", "ComplaintGrid:Silo:GatewayPort must be a port number")]
    [InlineData("ComplaintGrid:Silo:Profile", "Postgres", "ComplaintGrid:Postgres:ConnectionString is required")]
    [InlineData("ComplaintGrid:Silo:AdvertisedAddress", "not-an-ip", "ComplaintGrid:Silo:AdvertisedAddress must be an IP address")]
    [InlineData("ComplaintGrid:Drain:Delay", "00:05:00", "ComplaintGrid:Drain:Delay must be between 00:00:00 and 00:01:00")]
    [InlineData("ComplaintGrid:Grains:FenceAfterSiloLoss", "-00:00:01", "ComplaintGrid:Grains:FenceAfterSiloLoss must be between 00:00:00 and 1.00:00:00")]
    [InlineData("ComplaintGrid:Dashboard:Users:0:Role", "admin", "Role must be one of lead, agent, supervisor, operator")]
    public async Task Start_WithABadSetting_StopsNamingTheKey(string key, string value, string message)
    {
        var (exitCode, output) = await SiloProcess.RunAsync($"--{key}", value);

        Assert.Equal(2, exitCode);
        Assert.Contains(message, output, StringComparison.Ordinal);
    }
}
