using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintGrid.Simulator;

/// <summary>Registers the call-centre simulator; it runs only when <c>ComplaintGrid:Simulator:Enabled</c> is true (<c>--simulate</c>).</summary>
public static class SimulatorServiceCollectionExtensions
{
    public static IServiceCollection AddComplaintGridSimulator(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<SimulatorOptions>().Bind(configuration.GetSection(SimulatorOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddHostedService<SimulatorHostedService>();
        return services;
    }
}
