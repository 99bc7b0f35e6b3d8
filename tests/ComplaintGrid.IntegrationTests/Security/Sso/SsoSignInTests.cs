using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ComplaintGrid.IntegrationTests.Api;
using ComplaintGrid.IntegrationTests.Dashboard;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;

namespace ComplaintGrid.IntegrationTests.Security.Sso;

/// <summary>
/// Single sign-on end to end in Chromium against a real OpenID Connect provider: a provider user with a role and
/// departments signs in and acts as themself; one whose token lacks a role lands on the sign-in page, which says why.
/// </summary>
public sealed class SsoSignInTests(Chromium chromium) : IClassFixture<Chromium>, IAsyncLifetime
{
    private const string Supervisor = "sso-tests-supervisor";
    private const string SupervisorPassword = "sso-tests-password";
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"complaintgrid-sso-{Guid.NewGuid():N}.db");
    private TestOpenIdServer _provider = null!;
    private WebApplication? _silo;
    private Uri _address = null!;

    public async Task InitializeAsync()
    {
        _provider = await TestOpenIdServer.StartAsync(() => _address);
        (_silo, _address) = await TestSiloHost.StartAsync(
SiloArguments.OnLoopback("sso")
            .EmbeddedDatabase(_databasePath)
            .User(Supervisor, SupervisorPassword, "supervisor")
            .Set("ComplaintGrid:Dashboard:Sso:Authority", _provider.Authority)
            .Set("ComplaintGrid:Dashboard:Sso:ClientId", TestOpenIdServer.ClientId)
            .Set("ComplaintGrid:Dashboard:Sso:DisplayName", "Test IdP")
            .Set("ComplaintGrid:Dashboard:Sso:Scopes:0", "openid")
            // The provider runs on this machine, over plain HTTP.
            .Set("ComplaintGrid:Dashboard:Sso:RequireHttpsMetadata", "false"));
    }

    [Fact]
    public async Task ProviderUserWithRoleAndDepartments_SignsIn_AndActsAsThemself()
    {
        _provider.NextUser = [("preferred_username", "ana.sso"), ("role", "agent"), ("departments", "logistics")];
        await using var context = await chromium.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync(new Uri(_address, "/live/").ToString());
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/signin"));
        await Assertions.Expect(page.Locator("#sso-link")).ToHaveTextAsync("Sign in with Test IdP");
        await page.ClickAsync("#sso-link");

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/live/$"));
        await Assertions.Expect(page.Locator("#connection")).ToHaveAttributeAsync("data-state", "live");
        var session = JsonNode.Parse(await (await page.APIRequest.GetAsync(new Uri(_address, "/live/session").ToString())).TextAsync())!;
        Assert.Equal(("ana.sso", "agent", "logistics"),
            (session["name"].Text(), session["role"].Text(), session["departments"]!.AsArray().Single().Text()));

        using var supervisor = new HttpClient { BaseAddress = _address };
        supervisor.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Supervisor}:{SupervisorPassword}")));
        var id = await supervisor.FileAsync(ApiCalls.Filing(ApiCalls.NewCustomer()));
        var acted = await page.APIRequest.PostAsync(new Uri(_address, $"/api/complaints/{id}/acknowledge").ToString(),
            new() { DataObject = new { message = "On it." } });
        var entry = JsonNode.Parse(await acted.TextAsync())!["timeline"]!.AsArray()[^1]!;
        Assert.Equal(200, acted.Status);
        Assert.Equal(("ana.sso", "User", "sso"), (entry["actor"].Text(), entry["via"]!["channel"].Text(), entry["via"]!["name"].Text()));
    }

    [Fact]
    public async Task TokenWithoutARole_LandsOnTheSignInPage_SayingWhy()
    {
        _provider.NextUser = [("preferred_username", "bob.sso")];
        await using var context = await chromium.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync(new Uri(_address, "/signin").ToString());
        await page.ClickAsync("#sso-link");

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/signin\\?ssoFailed="));
        await Assertions.Expect(page.Locator("#sso-failed")).ToContainTextAsync("carries no ComplaintGrid role");
        var session = await page.APIRequest.GetAsync(new Uri(_address, "/live/session").ToString(), new() { MaxRedirects = 0 });
        Assert.NotEqual(200, session.Status);
    }

    public async Task DisposeAsync()
    {
        if (_silo is not null)
        {
            await _silo.StopAsync();
            await _silo.DisposeAsync();
        }
        await _provider.DisposeAsync();
        foreach (var file in new[] { _databasePath, _databasePath + "-wal", _databasePath + "-shm" })
            File.Delete(file);
    }
}
