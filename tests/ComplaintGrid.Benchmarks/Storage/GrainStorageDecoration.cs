using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace ComplaintGrid.Benchmarks.Storage;

/// <summary>Wraps a named grain storage that a profile registered (memory, ADO.NET) without changing how it is built.</summary>
internal static class GrainStorageDecoration
{
    public static void Decorate(IServiceCollection services, string name, Func<IServiceProvider, IGrainStorage, IGrainStorage> wrap)
    {
        var original = services.LastOrDefault(d => d.ServiceType == typeof(IGrainStorage) && d.IsKeyedService && Equals(d.ServiceKey, name))
            ?? throw new InvalidOperationException($"No grain storage named '{name}' is registered.");
        services.Remove(original);
        services.AddKeyedSingleton<IGrainStorage>(name, (sp, key) => wrap(sp, Create(original, sp, key)));
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
