using System.Globalization;
using System.Runtime;

namespace ComplaintGrid.Benchmarks.Suite;

/// <summary>What the figures were taken on: cores, load (other work on a shared machine), runtime and GC mode.</summary>
internal static class MachineInfo
{
    /// <summary>The 1-minute load average from /proc/loadavg (Linux), or NaN elsewhere.</summary>
    public static double LoadAverage()
    {
        try
        {
            var first = File.ReadAllText("/proc/loadavg").Split(' ')[0];
            return double.Parse(first, CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return double.NaN;
        }
        catch (UnauthorizedAccessException)
        {
            return double.NaN;
        }
    }

    public static string Describe()
    {
        var datas = AppContext.GetData("System.GC.DynamicAdaptationMode") ?? Environment.GetEnvironmentVariable("DOTNET_GCDynamicAdaptationMode") ?? "default";
        return $"{Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024):N0} GiB, " +
            $".NET {Environment.Version}, server GC {GCSettings.IsServerGC}, concurrent GC {GCSettings.LatencyMode != GCLatencyMode.Batch}, " +
            $"GC dynamic adaptation {datas}, {TimeProvider.System.GetUtcNow():yyyy-MM-dd HH:mm} UTC, load average {LoadAverage():N2}";
    }
}
