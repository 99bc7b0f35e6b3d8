using ComplaintGrid.TestSupport.Hosts;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintGrid.Benchmarks.Dashboard;

/// <summary>
/// The silo exactly as it runs by default (Orleans, the API, the dashboard feed and hub), started by
/// <see cref="TestSiloHost"/> as the integration tests start it, on loopback ports of its own with memory storage so
/// the figure is about the feed, not the database, and one configured lead to sign in with.
/// </summary>
internal sealed class InProcessSilo : IAsyncDisposable
{
    public const string User = "bench-lead";
    public const string Password = "bench-lead-password";

    private readonly WebApplication _app;

    private InProcessSilo(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public IGrainFactory Grains => _app.Services.GetRequiredService<IGrainFactory>();

    public static async Task<InProcessSilo> Start()
    {
        var (app, address) = await TestSiloHost.StartAsync(SiloArguments.OnLoopback("dashboard-bench")
            .Profile("Memory")
            // The feed polls while the silo starts and stops; those refused calls are expected and would bury the figures.
            .LogLevel("Orleans.Messaging", "Critical")
            .LogLevel("ComplaintGrid.Dashboard.Feed", "Error")
            .LogLevel("Polly", "Error")
            .User(User, Password, "lead"));
        return new InProcessSilo(app, address);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
