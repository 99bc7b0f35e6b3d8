using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ComplaintGrid.IntegrationTests.Security.Sessions;

/// <summary>
/// A single silo with the dashboard on the embedded SQLite store in a folder of its own, which can be stopped and started
/// again on the same file, with the users given, as an operator restarts it after editing its configuration.
/// </summary>
internal sealed class EmbeddedHost : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("complaintgrid-sessions-").FullName;
    private readonly string _clusterId = "sessions-" + Guid.NewGuid().ToString("N")[..8];
    private WebApplication? _app;

    public Uri Address { get; private set; } = null!;

    public IServiceProvider Services => _app!.Services;

    /// <summary>(Re)starts the host with <paramref name="users"/>: name, password, role, and whether disabled.</summary>
    public async Task Start(IEnumerable<(string Name, string Password, string Role, bool Disabled)> users, ILoggerProvider? logs = null, params string[] extra)
    {
        await Stop();
        var args = new SiloArguments()
            .Set("urls", "http://127.0.0.1:0")
            .Ports(LoopbackPorts.Next(), LoopbackPorts.Next())
            // The same cluster id and file at every start: a restart, not a new deployment.
            .ClusterId(_clusterId)
            .EmbeddedDatabase(Path.Combine(_folder, "complaintgrid.db"))
            .LogLevel("Default", "Warning");
        foreach (var user in users)
            args.User(user.Name, user.Password, user.Role, user.Disabled);
        args.Add(extra);
        (_app, Address) = await TestSiloHost.StartAsync(args, logs is null ? null : services => services.AddSingleton(logs));
    }

    public async Task Stop()
    {
        if (_app is null)
            return;
        await _app.StopAsync();
        await _app.DisposeAsync();
        _app = null;
    }

    public async ValueTask DisposeAsync()
    {
        await Stop();
        Directory.Delete(_folder, recursive: true);
    }
}
