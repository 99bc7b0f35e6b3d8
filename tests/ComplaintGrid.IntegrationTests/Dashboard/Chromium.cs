using Microsoft.Playwright;

namespace ComplaintGrid.IntegrationTests.Dashboard;

/// <summary>
/// Debian's headless Chromium (installed by tests/services/chromium.sh) driven by Playwright. Playwright never
/// downloads a browser here: it launches /usr/bin/chromium with the flags this machine's closed network needs.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>
    /// How long an action, a navigation or an expectation may wait for the page before it fails. Playwright's
    /// 30 s default is too short on a busy two-core machine, where a sign-in's redirects through a test identity
    /// provider can take longer; every wait still ends as soon as the page gets there.
    /// </summary>
    public static readonly TimeSpan PageWaitCeiling = TimeSpan.FromSeconds(90);

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>A fresh browser context (its own cookies) whose pages wait up to <see cref="PageWaitCeiling"/>.</summary>
    public async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions? options = null)
    {
        var context = await Browser.NewContextAsync(options);
        context.SetDefaultTimeout((float)PageWaitCeiling.TotalMilliseconds);
        context.SetDefaultNavigationTimeout((float)PageWaitCeiling.TotalMilliseconds);
        return context;
    }

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
            throw new InvalidOperationException($"{ExecutablePath} is missing: run tests/services/chromium.sh (apt-get install -y chromium).");
        _playwright = await Playwright.CreateAsync();
        Assertions.SetDefaultExpectTimeout((float)PageWaitCeiling.TotalMilliseconds);
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
            ],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
            await Browser.DisposeAsync();
        _playwright?.Dispose();
    }
}
