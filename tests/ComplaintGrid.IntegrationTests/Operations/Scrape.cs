using System.Globalization;

namespace ComplaintGrid.IntegrationTests.Operations;

/// <summary>Reads series out of a Prometheus text exposition.</summary>
internal static class Scrape
{
    public static async Task<string> Metrics(HttpClient http)
    {
        var response = await http.GetAsync("/metrics");
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The value of the series written exactly as <paramref name="series"/> (name and labels), or null.</summary>
    public static double? Value(string exposition, string series)
    {
        foreach (var line in exposition.Split('\n'))
        {
            if (line.StartsWith(series + " ", StringComparison.Ordinal))
                return double.Parse(line[(series.Length + 1)..].Trim(), CultureInfo.InvariantCulture);
        }
        return null;
    }

    public static IEnumerable<string> Samples(string exposition, string prefix) =>
        exposition.Split('\n').Where(l => l.StartsWith(prefix, StringComparison.Ordinal));
}
