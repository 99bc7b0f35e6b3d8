using ComplaintGrid.Api.Operations;

namespace ComplaintGrid.Silo.Health;

/// <summary>The silo's readiness checks: the common ones (drain, a grain call) plus membership and storage.</summary>
public static class SiloHealthExtensions
{
    /// <summary>Registers the checks; map them with <c>app.MapComplaintGridHealth()</c>. Needs <see cref="Hosting.SiloSettings"/> registered.</summary>
    public static IServiceCollection AddComplaintGridSiloHealthChecks(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(StorageHealthCheck)))
            return services;
        services.AddSingleton<StorageHealthCheck>();
        services.AddSingleton<MembershipHealthCheck>();
        services.AddComplaintGridHealthChecks()
            .AddCheck<MembershipHealthCheck>("membership", tags: [HealthTags.Ready])
            .AddCheck<StorageHealthCheck>("storage", tags: [HealthTags.Ready], timeout: HealthExtensions.CheckTimeout);
        return services;
    }
}
