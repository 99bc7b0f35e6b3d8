namespace ComplaintGrid.IntegrationTests.Cluster;

/// <summary>Complaint grain activations per silo, as Orleans' management grain reports them: where the load lives.</summary>
public static class SiloActivations
{
    public static async Task<IReadOnlyDictionary<string, int>> ComplaintsPerSilo(PostgresCluster cluster)
    {
        var statistics = await cluster.Grains.GetGrain<IManagementGrain>(0).GetSimpleGrainStatistics();
        var counts = cluster.Silos.Where(s => !s.HasExited).ToDictionary(s => s.Name, _ => 0);
        foreach (var statistic in statistics.Where(s => s.GrainType.Contains("ComplaintGrain", StringComparison.Ordinal)))
        {
            if (cluster.Silos.FirstOrDefault(s => s.SiloPort == statistic.SiloAddress.Endpoint.Port) is { } silo)
                counts[silo.Name] = counts.GetValueOrDefault(silo.Name) + statistic.ActivationCount;
        }
        return counts;
    }

    public static string Describe(IReadOnlyDictionary<string, int> counts) =>
        string.Join(", ", counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key}: {c.Value}"));
}
