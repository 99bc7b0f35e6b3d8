using Orleans.Storage;

namespace ComplaintGrid.Silo.Storage;

/// <summary>
/// Wraps a named grain storage that a profile (memory, ADO.NET) already registered, without changing how it is
/// built: the silo wraps its stores with <see cref="RetryableFailureGrainStorage"/>, the benchmarks with counters.
/// </summary>
public static class GrainStorageDecoration
{
    public static IServiceCollection DecorateGrainStorage(
        this IServiceCollection services, string name, Func<IServiceProvider, IGrainStorage, IGrainStorage> wrap)
    {
        var original = services.LastOrDefault(d => d.ServiceType == typeof(IGrainStorage) && d.IsKeyedService && Equals(d.ServiceKey, name))
            ?? throw new InvalidOperationException($"No grain storage named '{name}' is registered yet; register it first.");
        services.Remove(original);
        // Orleans resolves the keyed storage again to join the silo lifecycle; wrappers forward that to the provider.
        services.AddKeyedSingleton<IGrainStorage>(name, (provider, key) => wrap(provider, Create(original, provider, key)));
        return services;
    }

    private static IGrainStorage Create(ServiceDescriptor original, IServiceProvider services, object? key)
    {
        if (original.KeyedImplementationInstance is IGrainStorage instance)
            return instance;
        if (original.KeyedImplementationFactory is { } factory)
            return (IGrainStorage)factory(services, key);
        return (IGrainStorage)ActivatorUtilities.CreateInstance(services, original.KeyedImplementationType!);
    }
}
