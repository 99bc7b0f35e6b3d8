using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace ComplaintGrid.IntegrationTests.Dashboard;

/// <summary>The live page in Chromium, signed in, read the way a lead reads it: the connection pill and the tiles.</summary>
internal sealed class WallScreen(IPage page)
{
    private const string NewCountsScript =
        "() => [...document.querySelectorAll('.tile [data-field=new]')].reduce((sum, e) => sum + Number(e.textContent), 0)";

    public IPage Page { get; } = page;

    public static async Task<WallScreen> SignIn(IBrowserContext context, Uri baseAddress, string user, string password)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(baseAddress, "/live/").ToString());
        await page.FillAsync("#name", user);
        await page.FillAsync("#password", password);
        await page.ClickAsync("button[type=submit]");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/live/"));
        await Assertions.Expect(page.Locator("#connection")).ToHaveAttributeAsync("data-state", "live");
        return new WallScreen(page);
    }

    /// <summary>The connection pill's state: <c>live</c>, <c>wait</c> (reconnecting), <c>down</c>; null while the page loads.</summary>
    public async Task<string?> ConnectionState()
    {
        try
        {
            return await Page.Locator("#connection").GetAttributeAsync("data-state", new() { Timeout = 1_000 });
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            // Not on the live page (navigating, or sent to the sign-in form).
            return null;
        }
    }

    /// <summary>The tiles shown and the sum of their "new in 15 min" counts: every filing of the test, once its view has it.</summary>
    public async Task<(int Tiles, int New)> Counts()
    {
        try
        {
            var tiles = await Page.Locator(".tile").CountAsync();
            return (tiles, await Page.EvaluateAsync<int>(NewCountsScript));
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            return (0, 0);
        }
    }

    /// <summary>Polls <paramref name="condition"/> until it holds; returns when it first did, or fails at <paramref name="deadline"/>.</summary>
    public async Task<DateTimeOffset> WaitUntil(Func<WallScreen, Task<bool>> condition, DateTimeOffset deadline, string what)
    {
        while (TimeProvider.System.GetUtcNow() < deadline)
        {
            if (await condition(this))
                return TimeProvider.System.GetUtcNow();
            if (Page.Url.Contains("/signin", StringComparison.Ordinal))
                throw new InvalidOperationException($"Waiting for {what}, the page was sent to {Page.Url}: the host no longer accepts the sign-in.");
            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }
        var (tiles, counted) = await Counts();
        throw new TimeoutException($"The page did not show {what} by {deadline:HH:mm:ss}: state {await ConnectionState()}, {tiles} tile(s), {counted} new, at {Page.Url}.");
    }
}
