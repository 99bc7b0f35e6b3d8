using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ComplaintGrid.IntegrationTests.Operations;

/// <summary>
/// Every query of the Grafana dashboard in <c>ops/grafana/complaintgrid.json</c> reads metrics and labels that a silo
/// exposes from the moment it starts, before any complaint: the counters and gauges at zero for each configured
/// department, so no panel shows "No data" after a restart.
/// </summary>
public sealed partial class GrafanaQueryTests
{
    /// <summary>Series no silo exposes: Prometheus makes <c>up</c> itself; histograms have none before their first observation.</summary>
    private static bool ExposedFromStart(string metric) => metric != "up" && !metric.EndsWith("_bucket", StringComparison.Ordinal);

    [Fact]
    public async Task EveryDashboardQuery_ReadsMetricsAndLabelsThatExistAtStart()
    {
        // A department no other test configures: its series exist only if this silo created them at start.
        var department = "probe-" + Guid.NewGuid().ToString("N")[..8];
        var folder = Directory.CreateTempSubdirectory("complaintgrid-grafana-").FullName;
        var (app, address) = await TestSiloHost.StartAsync(SiloArguments.OnLoopback("grafana")
            .EmbeddedDatabase(Path.Combine(folder, "complaintgrid.db"))
            .User("ops-olga", "ops-olga-password", "operator")
            .EverythingTo(department, "Probe"));
        try
        {
            using var http = BasicAuth.Client(address, "ops-olga", "ops-olga-password");
            var series = Series(await Scrape.Metrics(http));

            var missing = new List<string>();
            foreach (var query in Queries())
            {
                foreach (var metric in MetricNames().Matches(query).Select(m => m.Value).Where(ExposedFromStart).Distinct())
                {
                    var ofMetric = series.Where(s => s.Name == metric).ToList();
                    if (query.Contains("department=~", StringComparison.Ordinal))
                        ofMetric = ofMetric.Where(s => s.Labels.GetValueOrDefault("department") == department).ToList();
                    if (ofMetric.Count == 0)
                    {
                        missing.Add($"{metric} (in {query})");
                        continue;
                    }
                    foreach (var label in LabelsUsed(query).Where(l => !ofMetric.TrueForAll(s => s.Labels.ContainsKey(l))))
                        missing.Add($"{metric} without label {label} (in {query})");
                }
            }

            Assert.True(Queries().Count() > 15, "The dashboard's queries were not found.");
            Assert.True(missing.Count == 0, "Not exposed at start:\n" + string.Join("\n", missing));
            Assert.Contains(series, s => s.Name == "complaintgrid_escalations_total" && s.Labels.GetValueOrDefault("trigger") == "customer"
                && s.Labels.GetValueOrDefault("department") == department);
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static IEnumerable<string> Queries()
    {
        var dashboard = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "ops", "grafana", "complaintgrid.json")))!;
        return Walk(dashboard).OfType<JsonObject>().Where(o => o["expr"] is JsonValue).Select(o => (string)o["expr"]!);
    }

    private static IEnumerable<JsonNode> Walk(JsonNode? node)
    {
        if (node is null)
            yield break;
        yield return node;
        var children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a.AsEnumerable(),
            _ => [],
        };
        foreach (var child in children)
        {
            foreach (var descendant in Walk(child))
                yield return descendant;
        }
    }

    /// <summary>Labels a query groups by or matches on (<c>le</c> belongs to histograms, which are not checked).</summary>
    private static IEnumerable<string> LabelsUsed(string query) =>
        ByClause().Matches(query).SelectMany(m => m.Groups[1].Value.Split(',', StringSplitOptions.TrimEntries))
            .Concat(Matcher().Matches(query).Select(m => m.Groups[1].Value))
            .Where(l => l is not ("le" or "instance" or "job"))
            .Distinct();

    private static List<(string Name, Dictionary<string, string> Labels)> Series(string exposition) =>
        [.. exposition.Split('\n').Where(l => l.Length > 0 && l[0] != '#').Select(l =>
        {
            var match = Sample().Match(l);
            var labels = LabelPair().Matches(match.Groups[2].Value).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
            return (match.Groups[1].Value, labels);
        })];

    [GeneratedRegex(@"\b(?:complaintgrid|dotnet|microsoft_orleans)_[a-z_]+\b|\bup\b")]
    private static partial Regex MetricNames();

    [GeneratedRegex(@"\bby \(([^)]*)\)")]
    private static partial Regex ByClause();

    [GeneratedRegex(@"([a-z_]+)=~?""")]
    private static partial Regex Matcher();

    [GeneratedRegex(@"^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s")]
    private static partial Regex Sample();

    [GeneratedRegex(@"([a-zA-Z_][a-zA-Z0-9_]*)=""((?:[^""\\]|\\.)*)""")]
    private static partial Regex LabelPair();
}
