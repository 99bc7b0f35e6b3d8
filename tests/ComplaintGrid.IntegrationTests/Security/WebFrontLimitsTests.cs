using System.Net;
using ComplaintGrid.Api.Web;
using ComplaintGrid.IntegrationTests.Api;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ComplaintGrid.IntegrationTests.Security;

/// <summary>The front's Kestrel limits are in force on a running host, and configuration overrides each of them.</summary>
[Collection(SiloHostCollection.Name)]
public sealed class WebFrontLimitsTests(SiloHostFixture host)
{
    [Fact]
    public void RunningHost_HasTheLimits()
    {
        var limits = host.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.Limits;

        Assert.Equal((1000L, 1000L), (limits.MaxConcurrentConnections, limits.MaxConcurrentUpgradedConnections));
        Assert.Equal((TimeSpan.FromMinutes(1), TimeSpan.FromSeconds(15)), (limits.KeepAliveTimeout, limits.RequestHeadersTimeout));
        Assert.Equal((64, 32768), (limits.MaxRequestHeaderCount, limits.MaxRequestHeadersTotalSize));
    }

    [Fact]
    public async Task RequestWithTooManyHeaders_IsRefusedBeforeItIsRead()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        for (var i = 0; i < 80; i++)
            request.Headers.Add($"X-Filler-{i}", "x");

        var response = await host.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, response.StatusCode);
    }

    [Fact]
    public void Configuration_OverridesEachDefault()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Kestrel:Limits:MaxConcurrentConnections"] = "5000" });
        configuration.AddWebFrontLimits();

        var built = configuration.Build();

        Assert.Equal("5000", built["Kestrel:Limits:MaxConcurrentConnections"]);
        Assert.Equal("64", built["Kestrel:Limits:MaxRequestHeaderCount"]);
    }
}
