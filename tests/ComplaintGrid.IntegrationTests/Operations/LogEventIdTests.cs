using System.Reflection;
using ComplaintGrid.Api;
using ComplaintGrid.Client;
using ComplaintGrid.Dashboard;
using ComplaintGrid.DashboardHost;
using ComplaintGrid.Hosting;
using ComplaintGrid.Logging;
using ComplaintGrid.Silo.Hosting;
using ComplaintGrid.Simulator;
using Microsoft.Extensions.Logging;

namespace ComplaintGrid.IntegrationTests.Operations;

/// <summary>Every logging event id of every project names one message, and lies in one area of <see cref="LogEventIds"/>.</summary>
public sealed class LogEventIdTests
{
    private static readonly Assembly[] Projects =
    [
        typeof(ComplaintGridStorage).Assembly, typeof(DashboardRoutes).Assembly, typeof(DashboardExtensions).Assembly,
        typeof(DashboardHostApp).Assembly, typeof(ComplaintGridClient).Assembly, typeof(CallCentreSimulator).Assembly,
        typeof(SiloApp).Assembly,
    ];

    [Fact]
    public void NoEventIdIsUsedTwice_AndEachLiesInAnArea()
    {
        var messages = Projects
            .SelectMany(a => a.GetTypes())
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Select(m => (Method: $"{m.DeclaringType!.FullName}.{m.Name}", Attribute: m.GetCustomAttribute<LoggerMessageAttribute>()))
            .Where(m => m.Attribute is not null)
            .ToList();

        Assert.True(messages.Count > 40, $"Only {messages.Count} logging methods found: the scan misses some.");
        var reused = messages.GroupBy(m => m.Attribute!.EventId).Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(m => m.Method))}").ToList();
        Assert.True(reused.Count == 0, "Event ids used twice: " + string.Join("; ", reused));
        var outside = messages.Where(m => !LogEventIds.Areas.Values.Any(start => m.Attribute!.EventId > start && m.Attribute.EventId < start + 100))
            .Select(m => $"{m.Attribute!.EventId} ({m.Method})").ToList();
        Assert.True(outside.Count == 0, "Event ids in no area: " + string.Join(", ", outside));
    }
}
