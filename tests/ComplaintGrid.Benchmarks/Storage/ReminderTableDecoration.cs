using Microsoft.Extensions.DependencyInjection;

namespace ComplaintGrid.Benchmarks.Storage;

/// <summary>Wraps the reminder table a profile registered (in memory, ADO.NET, SQLite) without changing how it is built.</summary>
internal static class ReminderTableDecoration
{
    public static void Decorate(IServiceCollection services, Func<IReminderTable, IReminderTable> wrap)
    {
        var original = services.LastOrDefault(d => d.ServiceType == typeof(IReminderTable) && !d.IsKeyedService)
            ?? throw new InvalidOperationException("No reminder table is registered.");
        services.Remove(original);
        services.AddSingleton(sp => wrap(Create(original, sp)));
    }

    private static IReminderTable Create(ServiceDescriptor original, IServiceProvider services)
    {
        if (original.ImplementationInstance is IReminderTable instance)
            return instance;
        if (original.ImplementationFactory is { } factory)
            return (IReminderTable)factory(services);
        return (IReminderTable)ActivatorUtilities.CreateInstance(services, original.ImplementationType!);
    }
}
