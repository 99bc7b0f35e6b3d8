using System.Text.Json;

namespace ComplaintGrid.IntegrationTests.Cli;

/// <summary>The CLI's search against a silo process on the embedded store, which keeps the complaint history.</summary>
public sealed class CliSearchTests(CliSearchTests.EmbeddedSilo silo) : IClassFixture<CliSearchTests.EmbeddedSilo>
{
    [Fact]
    public async Task Search_FindsAFiledComplaint_ByCustomerAndText_AndPagesWithAfter()
    {
        var customer = $"cust-search-{Guid.NewGuid():N}"[..24];
        var ids = new List<string>();
        foreach (var word in new[] { "scratched", "dented" })
        {
            var filed = await Json(silo.RunAsync("file", "--customer", customer, "--channel", "Email", "--subject", "Order",
                "--description", $"The table arrived {word} on one leg.", "--demand", "Exchange", "--category", "Delivery", "--severity", "Medium", "--json"));
            ids.Add(filed.GetProperty("id").GetString()!);
        }

        // The history is projected after the filing is acknowledged: wait until both rows are there.
        var all = await Eventually.Value(() => Json(silo.RunAsync("search", "--customer", customer, "--json")),
            page => page.GetProperty("items").GetArrayLength() == 2, "both filings in the customer's history", TimeSpan.FromSeconds(30));
        Assert.Equal(ids.Order().ToArray(), all.GetProperty("items").EnumerateArray().Select(h => h.GetProperty("complaintId").GetString()!).Order().ToArray());

        var dented = await Json(silo.RunAsync("search", "--customer", customer, "--text", "dented", "--json"));
        Assert.Equal(ids[1], Assert.Single(dented.GetProperty("items").EnumerateArray()).GetProperty("complaintId").GetString());

        var first = await Json(silo.RunAsync("search", "--customer", customer, "--limit", "1", "--json"));
        Assert.True(first.GetProperty("hasMore").GetBoolean());
        var last = first.GetProperty("items")[0].GetProperty("complaintId").GetString()!;
        var second = await Json(silo.RunAsync("search", "--customer", customer, "--limit", "1", "--after", last, "--json"));
        Assert.False(second.GetProperty("hasMore").GetBoolean());
        Assert.NotEqual(last, second.GetProperty("items")[0].GetProperty("complaintId").GetString());

        var table = await silo.RunAsync("search", "--customer", customer);
        Assert.True(table.ExitCode == 0, table.ToString());
        Assert.Contains("2 found.", table.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("limit", "--limit", "0")]
    [InlineData("from", "--from", "2026-12-02", "--to", "2026-12-01")]
    [InlineData("q", "-q", "?!")]
    public async Task BadQuery_ExitsWith2_NamingTheField(string field, params string[] arguments)
    {
        var refused = await silo.RunAsync(["search", .. arguments]);

        Assert.True(refused.ExitCode == 2, refused.ToString());
        Assert.StartsWith($"error: {field}: ", Assert.Single(refused.ErrorLines), StringComparison.Ordinal);
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
        private readonly string _folder = Directory.CreateTempSubdirectory("complaintgrid-cli-search-").FullName;
        private SiloProcess? _silo;

        public async Task InitializeAsync() =>
            _silo = await SiloProcess.StartAsync("cli-search", new SiloArguments().EmbeddedDatabase(Path.Combine(_folder, "complaintgrid.db")));

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
