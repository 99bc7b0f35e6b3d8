using System.ComponentModel.DataAnnotations;
using ComplaintGrid.Dashboard.Api;
using ComplaintGrid.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace ComplaintGrid.Silo.Hosting;

/// <summary>Builds the silo process: Orleans with the chosen profile, the grains' rules, and the HTTP API.</summary>
public static class SiloApp
{
    public static WebApplication Create(string[] args, Action<IServiceCollection>? configureServices = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        var options = ReadOptions(builder.Configuration);

        builder.Logging.AddFilter("Polly", LogLevel.Warning);
        builder.Services.AddOptions<SiloHostOptions>().BindConfiguration(SiloHostOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddComplaintGridApi();
        configureServices?.Invoke(builder.Services);

        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(options.SiloPort, options.GatewayPort, serviceId: options.ServiceId, clusterId: options.ClusterId);
            silo.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = options.ClusterId;
                o.ServiceId = options.ServiceId;
            });
            silo.AddMemoryGrainStorage(ComplaintGridStorage.Name);
            silo.UseInMemoryReminderService();
            silo.AddComplaintGrid();
        });

        var app = builder.Build();
        app.UseComplaintGridApi();
        app.MapComplaintGridApi();
        app.MapGet("/", () => TypedResults.Text(
            "ComplaintGrid is running. HTTP API under /api (see README.md): /api/departments, /api/complaints/{id}, /api/customers/{id}.\n"));
        app.Lifetime.ApplicationStarted.Register(() => LogReady(app, options));
        return app;
    }

    /// <summary>Read before the host is built, because Orleans' ports come from it; a bad value stops start-up naming the key.</summary>
    private static SiloHostOptions ReadOptions(IConfiguration configuration)
    {
        var options = configuration.GetSection(SiloHostOptions.SectionName).Get<SiloHostOptions>() ?? new SiloHostOptions();
        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true))
            throw new OptionsValidationException(SiloHostOptions.SectionName, typeof(SiloHostOptions), results.Select(r => r.ErrorMessage ?? "invalid"));
        return options;
    }

    private static void LogReady(WebApplication app, SiloHostOptions options)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
        var urls = addresses is { Count: > 0 } ? string.Join(", ", addresses) : "(none)";
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("ComplaintGrid.Silo");
        SiloLog.Ready(logger, options.Profile, "in-memory storage: NOT durable, state is lost when the process stops", urls,
            options.SiloPort, options.GatewayPort, options.ClusterId);
    }
}
