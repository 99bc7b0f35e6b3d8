using Microsoft.Extensions.Configuration;

namespace ComplaintGrid.Simulator;

/// <summary>
/// The compressed clock of a silo run with <c>--simulate</c> and a <see cref="SimulatorOptions.TimeScale"/> other than 1:
/// the silo registers it as its deadline clock and the simulator paces itself by it, so both keep one time (a demo
/// mode; Orleans' own timers, membership and reminders stay on real time).
/// </summary>
public static class SimulatorClock
{
    /// <summary>
    /// The compressed clock the configuration asks for, or null (simulator off, time scale 1, or a value that start-up
    /// validation will refuse, naming the key).
    /// </summary>
    public static ScaledTimeProvider? FromConfiguration(IConfiguration configuration, TimeProvider? real = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        SimulatorOptions? options;
        try
        {
            options = configuration.GetSection(SimulatorOptions.SectionName).Get<SimulatorOptions>();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
        return options is { Enabled: true, TimeScale: > 0 and <= 100_000 and not 1 }
            ? new ScaledTimeProvider(real ?? TimeProvider.System, options.TimeScale, options.StartAt)
            : null;
    }
}
