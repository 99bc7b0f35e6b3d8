using System.Diagnostics;
using System.Security.Cryptography;

namespace ComplaintGrid.IntegrationTests.Api.Contracts;

/// <summary>
/// The node tools of tests/contracts (the OpenAPI linter, ajv, openapi-typescript, tsc), installed from its
/// package-lock.json with <c>npm ci</c> the first time a test needs them, and again only when the lock file changes.
/// </summary>
internal static class ContractTools
{
    private const string StampName = ".complaintgrid-lock.sha256";
    private static readonly SemaphoreSlim InstallGate = new(1, 1);
    private static bool _installed;

    public static string Folder { get; } = Path.Combine(RepositoryRoot.Path, "tests", "contracts");

    /// <summary>Runs <c>npm ci</c> unless node_modules was installed from this very package-lock.json.</summary>
    public static async Task EnsureInstalledAsync()
    {
        await InstallGate.WaitAsync();
        try
        {
            if (_installed)
                return;
            var lockHash = Convert.ToHexString(SHA256.HashData(await File.ReadAllBytesAsync(Path.Combine(Folder, "package-lock.json"))));
            var stamp = Path.Combine(Folder, "node_modules", StampName);
            if (!File.Exists(stamp) || await File.ReadAllTextAsync(stamp) != lockHash)
            {
                var install = await RunAsync("npm", ["ci", "--ignore-scripts", "--no-audit", "--no-fund"], Folder);
                Assert.True(install.ExitCode == 0, "npm ci in tests/contracts failed:\n" + install.Output);
                await File.WriteAllTextAsync(stamp, lockHash);
            }
            _installed = true;
        }
        finally
        {
            InstallGate.Release();
        }
    }

    /// <summary>Runs a tool of node_modules/.bin (installing first if need be) in <paramref name="workingDirectory"/>.</summary>
    public static async Task<ToolRun> ToolAsync(string tool, IEnumerable<string> arguments, string? workingDirectory = null)
    {
        await EnsureInstalledAsync();
        return await RunAsync(Path.Combine(Folder, "node_modules", ".bin", tool), arguments, workingDirectory ?? Folder);
    }

    /// <summary>Runs a script of tests/contracts with node.</summary>
    public static async Task<ToolRun> NodeAsync(string script, IEnumerable<string> arguments)
    {
        await EnsureInstalledAsync();
        return await RunAsync("node", [Path.Combine(Folder, script), .. arguments], Folder);
    }

    private static async Task<ToolRun> RunAsync(string file, IEnumerable<string> arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // The tests reach no network but the package registry: no usage telemetry, no update checks, plain text.
        start.Environment["REDOCLY_TELEMETRY"] = "off";
        start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        start.Environment["NO_COLOR"] = "1";
        start.Environment["FORCE_COLOR"] = "0";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return new ToolRun(process.ExitCode, await stdout, await stderr);
    }
}

/// <summary>How a tool ended and what it printed.</summary>
internal sealed record ToolRun(int ExitCode, string StandardOutput, string StandardError)
{
    public string Output => StandardOutput + StandardError;
}
