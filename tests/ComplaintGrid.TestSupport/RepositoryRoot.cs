namespace ComplaintGrid.TestSupport;

/// <summary>The checkout the tests run from, for tests that read its files (docs, the Grafana dashboard).</summary>
public static class RepositoryRoot
{
    /// <summary>The folder holding ComplaintGrid.sln, found by walking up from the test output.</summary>
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "ComplaintGrid.sln")))
                return directory.FullName;
        }
        throw new InvalidOperationException("ComplaintGrid.sln not found above the test output.");
    }
}
