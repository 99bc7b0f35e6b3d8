namespace ComplaintGrid.IntegrationTests.Dashboard;

/// <summary>Where the browser tests leave their screenshots.</summary>
internal static class Artifacts
{
    /// <summary>COMPLAINTGRID_TEST_ARTIFACTS when set (CI), else TestResults beside the test binaries; created when missing.</summary>
    public static string Directory()
    {
        var directory = Environment.GetEnvironmentVariable("COMPLAINTGRID_TEST_ARTIFACTS") is { Length: > 0 } configured
            ? configured
            : Path.Combine(AppContext.BaseDirectory, "TestResults");
        System.IO.Directory.CreateDirectory(directory);
        return directory;
    }
}
