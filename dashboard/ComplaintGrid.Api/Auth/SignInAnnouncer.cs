using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ComplaintGrid.Api.Auth;

/// <summary>
/// Hands over the sign-ins made up at start-up, so a newcomer can look at the dashboard at once, without a password
/// ever reaching the log (which is shipped, kept and read by others): they go to a file only this user can read, which
/// the log names, and to the console when a person is watching it.
/// </summary>
internal sealed class SignInAnnouncer(DashboardUserStore users, IOptions<DashboardAuthOptions> options, ILogger<SignInAnnouncer> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (users.Generated.Count == 0)
            return Task.CompletedTask;
        var path = Path.GetFullPath(options.Value.GeneratedSignInsPath);
        var lines = users.Generated.Select(s => $"{s.Name} {s.Password} {s.Role}").ToArray();
        try
        {
            PrivateFile.WriteAllLines(path, ["# name password role: this run's local sign-ins; replaced at every start", .. lines]);
            var names = string.Join(", ", users.Generated.Select(s => s.Name));
            AuthLog.GeneratedSignIns(logger, DashboardAuthOptions.SectionName, names, path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            AuthLog.GeneratedSignInsUnwritable(logger, ex, path, DashboardAuthOptions.SectionName);
        }
        // A person at a terminal sees them once; a redirected console is a log by another name.
        if (!Console.IsOutputRedirected)
        {
            Console.Out.WriteLine("Local sign-ins for this run (name password role):");
            foreach (var line in lines)
                Console.Out.WriteLine("  " + line);
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
