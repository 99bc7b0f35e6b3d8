using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.Storage;

namespace ComplaintGrid.Silo.Storage;

/// <summary>Registers <see cref="RetryableFailureGrainStorage"/> around an already registered named grain storage.</summary>
public static class RetryableFailureStorageExtensions
{
    public static IServiceCollection AddRetryableStorageFailures(this IServiceCollection services, string name)
    {
        var registered = services.LastOrDefault(d => d.ServiceType == typeof(IGrainStorage) && d.IsKeyedService && Equals(d.ServiceKey, name))
            ?? throw new InvalidOperationException($"No grain storage named '{name}' is registered yet; register it first.");
        var factory = registered.KeyedImplementationFactory
            ?? throw new InvalidOperationException($"Grain storage '{name}' is not registered by factory, so it cannot be wrapped.");
        services.Remove(registered);
        // Orleans resolves the keyed storage again to join the silo lifecycle; the wrapper forwards that to the provider.
        services.TryAddKeyedSingleton<IGrainStorage>(name, (provider, key) => new RetryableFailureGrainStorage(
            name, (IGrainStorage)factory(provider, key), provider.GetRequiredService<ILogger<RetryableFailureGrainStorage>>()));
        return services;
    }
}
