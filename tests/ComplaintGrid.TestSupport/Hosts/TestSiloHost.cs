using ComplaintGrid.Silo.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace ComplaintGrid.TestSupport.Hosts;

/// <summary>
/// Starts the real silo host in-process the way its Program does (storage prepared first) and tells where it listens.
/// No drain delay at stop unless the arguments set one: no load balancer watches a test host, and every fixture would wait it out.
/// </summary>
public static class TestSiloHost
{
    public static async Task<(WebApplication App, Uri Address)> StartAsync(string[] args, Action<IServiceCollection>? configureServices = null)
    {
        var app = SiloApp.Create(["--ComplaintGrid:Drain:Delay", "00:00:00", .. args], configureServices);
        await StorageProfileSetup.PrepareStorageAsync(app.Services.GetRequiredService<SiloSettings>(), NullLogger.Instance);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return (app, new Uri(address));
    }
}
