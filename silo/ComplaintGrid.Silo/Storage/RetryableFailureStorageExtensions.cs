
namespace ComplaintGrid.Silo.Storage;

/// <summary>Registers <see cref="RetryableFailureGrainStorage"/> around an already registered named grain storage.</summary>
public static class RetryableFailureStorageExtensions
{
    public static IServiceCollection AddRetryableStorageFailures(this IServiceCollection services, string name) =>
        services.DecorateGrainStorage(name, (provider, inner) =>
            new RetryableFailureGrainStorage(name, inner, provider.GetRequiredService<ILogger<RetryableFailureGrainStorage>>()));
}
