using System.Globalization;
using System.Text.Json;

namespace ComplaintGrid.IntegrationTests.Cli;

/// <summary>The CLI's reports against a silo process on an embedded store of its own, so the counts are exact.</summary>
public sealed class CliReportTests(CliReportTests.EmbeddedSilo silo) : IClassFixture<CliReportTests.EmbeddedSilo>
{
    [Fact]
    public async Task ReportService_CountsAFiledComplaint_AsJsonTableAndCsv()
    {
        var customer = $"cust-report-{Guid.NewGuid():N}"[..24];
        var filed = await Json(silo.RunAsync("file", "--customer", customer, "--channel", "Email", "--subject", "Order",
            "--description", "The lamp arrived broken.", "--demand", "Exchange", "--category", "Delivery", "--severity", "Medium", "--json"));
        var department = filed.GetProperty("departmentId").GetString()!;
        var (from, to) = Range();

        var report = await Eventually.Value(
            () => Json(silo.RunAsync("report", "service", "--period", "day", "--from", from, "--to", to, "--time-zone", "Europe/London",
                "--department", department, "--json")),
            r => r.GetProperty("rows").EnumerateArray().Sum(row => row.GetProperty("filed").GetInt32()) == 1, "the filing reaches the report",
            TimeSpan.FromSeconds(30));
        Assert.All(report.GetProperty("rows").EnumerateArray(), row => Assert.Equal(department, row.GetProperty("departmentId").GetString()));
        Assert.Equal(3, report.GetProperty("rows").GetArrayLength());

        var table = await silo.RunAsync("report", "service", "--period", "week", "--from", from, "--to", to, "--department", department);
        Assert.True(table.ExitCode == 0, table.ToString());
        Assert.Contains(department, table.Stdout, StringComparison.Ordinal);
        Assert.Contains("1 departments, Week periods in UTC.", table.Stdout, StringComparison.Ordinal);

        var csv = await silo.RunAsync("report", "service", "--period", "month", "--from", from, "--to", to, "--department", department, "--csv");
        Assert.True(csv.ExitCode == 0, csv.ToString());
        Assert.StartsWith(string.Join(',', ReportCsv.ServiceColumns) + "\r\n" + department + ",", csv.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportRootCauses_ByCategory_CountsTheFiling()
    {
        var (from, to) = Range();
        await Json(silo.RunAsync("file", "--customer", $"cust-rc-{Guid.NewGuid():N}"[..20], "--channel", "Email", "--subject", "Order",
            "--description", "Charged twice.", "--demand", "Refund", "--category", "Billing", "--severity", "Low", "--json"));

        var report = await Eventually.Value(
            () => Json(silo.RunAsync("report", "root-causes", "--by", "category", "--from", from, "--to", to, "--json")),
            r => r.GetProperty("departments").EnumerateArray().SelectMany(d => d.GetProperty("bars").EnumerateArray())
                .Any(b => b.GetProperty("key").GetString() == "Billing"), "the filing reaches the report", TimeSpan.FromSeconds(30));

        Assert.Equal("Category", report.GetProperty("by").GetString());
        var table = await silo.RunAsync("report", "root-causes", "--by", "category", "--from", from, "--to", to);
        Assert.True(table.ExitCode == 0, table.ToString());
        Assert.Contains("Billing", table.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("from", "service", "--from", "2026-12-02", "--to", "2026-12-01")]
    [InlineData("to", "service", "--from", "2026-12-01", "--to", "1 Dec")]
    [InlineData("timeZone", "root-causes", "--from", "2026-12-01", "--to", "2026-12-01", "--time-zone", "Mars/Olympus")]
    public async Task BadQuery_ExitsWith2_NamingTheField(string field, params string[] arguments)
    {
        var refused = await silo.RunAsync(["report", .. arguments]);

        Assert.True(refused.ExitCode == 2, refused.ToString());
        Assert.StartsWith($"error: {field}: ", Assert.Single(refused.ErrorLines), StringComparison.Ordinal);
    }

    private static (string From, string To) Range()
    {
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        return (today.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), today.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    private static async Task<JsonElement> Json(Task<CliSiloFixture.CliResult> run)
    {
        var result = await run;
        Assert.True(result.ExitCode == 0, result.ToString());
        using var document = JsonDocument.Parse(result.Stdout);
        return document.RootElement.Clone();
    }

    /// <summary>One silo process on an embedded SQLite file of its own.</summary>
    public sealed class EmbeddedSilo : IAsyncLifetime
    {
        private readonly string _folder = Directory.CreateTempSubdirectory("complaintgrid-cli-report-").FullName;
        private SiloProcess? _silo;

        public async Task InitializeAsync() =>
            _silo = await SiloProcess.StartAsync("cli-report", new SiloArguments().EmbeddedDatabase(Path.Combine(_folder, "complaintgrid.db")));

        public Task<CliSiloFixture.CliResult> RunAsync(params string[] arguments) =>
            CliSiloFixture.RunOnPortAsync(_silo!.GatewayPort, arguments);

        public async Task DisposeAsync()
        {
            if (_silo is not null)
                await _silo.DisposeAsync();
            Directory.Delete(_folder, recursive: true);
        }
    }
}
