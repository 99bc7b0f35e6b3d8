using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Memory;

namespace ComplaintGrid.Api.Web;

/// <summary>
/// Kestrel's limits for the HTTP front, as configuration defaults under <c>Kestrel:Limits</c> that any
/// appsettings file, environment variable or argument overrides: how many connections a host holds, how long an idle
/// one stays open, and how much header a request may bring before it is read.
/// </summary>
public static class WebFrontLimits
{
    public static readonly IReadOnlyDictionary<string, string?> Defaults = new Dictionary<string, string?>
    {
        // A wall of dashboards and a few integrations per host; idle connections beyond it are refused, not held.
        ["Kestrel:Limits:MaxConcurrentConnections"] = "1000",
        ["Kestrel:Limits:MaxConcurrentUpgradedConnections"] = "1000",
        ["Kestrel:Limits:KeepAliveTimeout"] = "00:01:00",
        ["Kestrel:Limits:RequestHeadersTimeout"] = "00:00:15",
        ["Kestrel:Limits:MaxRequestHeaderCount"] = "64",
        ["Kestrel:Limits:MaxRequestHeadersTotalSize"] = "32768",
        ["Kestrel:Limits:MaxRequestLineSize"] = "8192",
    };

    /// <summary>Adds <see cref="Defaults"/> beneath every other configuration source.</summary>
    public static void AddWebFrontLimits(this IConfigurationBuilder configuration) =>
        configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = Defaults });

    /// <summary>Adds the defaults and applies <c>Kestrel:Limits</c> to the host's Kestrel, which does not read that section itself.</summary>
    public static void AddWebFrontLimits(this WebApplicationBuilder builder)
    {
        builder.Configuration.AddWebFrontLimits();
        builder.WebHost.ConfigureKestrel((context, kestrel) => context.Configuration.GetSection("Kestrel:Limits").Bind(kestrel.Limits));
    }
}
