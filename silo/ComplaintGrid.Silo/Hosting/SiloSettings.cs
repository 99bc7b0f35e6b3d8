using System.ComponentModel.DataAnnotations;
using System.Net;
using Microsoft.Extensions.Options;

namespace ComplaintGrid.Silo.Hosting;

/// <summary>
/// The settings needed before the host is built (Orleans' ports and storage come from them), read from
/// configuration and validated at once: a bad value stops start-up with a message naming the key.
/// </summary>
public sealed record SiloSettings(SiloHostOptions Silo, PostgresOptions Postgres, EmbeddedOptions Embedded)
{
    public static SiloSettings Read(IConfiguration configuration)
    {
        var silo = configuration.GetSection(SiloHostOptions.SectionName).Get<SiloHostOptions>() ?? new SiloHostOptions();
        var postgres = configuration.GetSection(PostgresOptions.SectionName).Get<PostgresOptions>() ?? new PostgresOptions();
        var embedded = configuration.GetSection(EmbeddedOptions.SectionName).Get<EmbeddedOptions>() ?? new EmbeddedOptions();

        var failures = new List<string>();
        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(silo, new ValidationContext(silo), results, validateAllProperties: true))
            failures.AddRange(results.Select(r => r.ErrorMessage ?? "invalid"));
        if (!Enum.IsDefined(silo.Profile))
            failures.Add($"{SiloHostOptions.SectionName}:Profile must be one of {string.Join(", ", Enum.GetNames<StorageProfile>())}.");
        if (silo.AdvertisedAddress is { } address && !IPAddress.TryParse(address, out _))
            failures.Add($"{SiloHostOptions.SectionName}:AdvertisedAddress must be an IP address (got '{address}').");
        if (silo.Profile == StorageProfile.Postgres && string.IsNullOrWhiteSpace(postgres.ConnectionString))
            failures.Add($"{PostgresOptions.SectionName}:ConnectionString is required when {SiloHostOptions.SectionName}:Profile is Postgres.");
        if (silo.Profile == StorageProfile.Embedded && string.IsNullOrWhiteSpace(embedded.DatabasePath))
            failures.Add($"{EmbeddedOptions.SectionName}:DatabasePath is required when {SiloHostOptions.SectionName}:Profile is Embedded.");
        if (failures.Count > 0)
            throw new OptionsValidationException(SiloHostOptions.SectionName, typeof(SiloSettings), failures);
        return new SiloSettings(silo, postgres, embedded);
    }

    /// <summary>What survives a restart under this profile, for the start-up log.</summary>
    public string Durability => Silo.Profile switch
    {
        StorageProfile.Embedded => $"durable: SQLite file {Path.GetFullPath(Embedded.DatabasePath)}",
        StorageProfile.Postgres => "durable: PostgreSQL",
        _ => "in memory: NOT durable, state is lost when the process stops",
    };
}
