using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ComplaintGrid.Dashboard.Auth;

/// <summary>Logs the generated local sign-ins at start-up, so a newcomer can look at the dashboard at once.</summary>
internal sealed class SignInAnnouncer(DashboardUserStore users, ILogger<SignInAnnouncer> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var signIn in users.Generated)
            AuthLog.GeneratedSignIn(logger, signIn.Name, signIn.Password, signIn.Role, DashboardAuthOptions.SectionName);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
