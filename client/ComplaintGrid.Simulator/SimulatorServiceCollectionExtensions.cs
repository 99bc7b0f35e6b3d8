using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintGrid.Simulator;

/// <summary>Registers the call-centre simulator; it runs only when <c>ComplaintGrid:Simulator:Enabled</c> is true (<c>--simulate</c>).</summary>
public static class SimulatorServiceCollectionExtensions
{
    /// <param name="services">The host's services.</param>
    /// <param name="configuration">Where <c>ComplaintGrid:Simulator</c> is read from.</param>
    /// <param name="clock">The compressed clock the host runs its deadlines on (<see cref="SimulatorClock"/>); null for real time.</param>
    public static IServiceCollection AddComplaintGridSimulator(this IServiceCollection services, IConfiguration configuration, ScaledTimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddSingleton(new SimulatorHostClock(clock));
        services.AddOptions<SimulatorOptions>().Bind(configuration.GetSection(SimulatorOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddHostedService<SimulatorHostedService>();
        return services;
    }
}
