using ComplaintGrid.Domain.Holds;
using ComplaintGrid.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ComplaintGrid.Tests.Domain.Holds;

/// <summary>The longest holds as the silo binds them: defaults unless set, a bad value refused naming the key.</summary>
public sealed class HoldOptionsTests
{
    private static IOptions<HoldOptions> Bind(params (string Severity, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>($"ComplaintGrid:Holds:Longest:{s.Severity}", s.Value)))
            .Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddComplaintGridGrains().BuildServiceProvider();
        return services.GetRequiredService<IOptions<HoldOptions>>();
    }

    [Fact]
    public void Bind_NothingConfigured_KeepsTheStandardLimits()
    {
        var policy = new HoldPolicy(Bind().Value);

        Assert.Equal(
            [TimeSpan.FromDays(14), TimeSpan.FromDays(7), TimeSpan.FromDays(3), TimeSpan.FromDays(1)],
            new[] { Severity.Low, Severity.Medium, Severity.High, Severity.Critical }.Select(policy.LongestFor));
    }

    [Fact]
    public void Bind_OneSeverity_ChangesOnlyThatOne()
    {
        var policy = new HoldPolicy(Bind(("Critical", "04:00:00")).Value);

        Assert.Equal(TimeSpan.FromHours(4), policy.LongestFor(Severity.Critical));
        Assert.Equal(TimeSpan.FromDays(3), policy.LongestFor(Severity.High));
    }

    [Theory]
    [InlineData("00:00:00")]
    [InlineData("-1.00:00:00")]
    [InlineData("400.00:00:00")]
    public void Bind_NotPositiveOrOverAYear_IsRefusedNamingTheKey(string value)
    {
        var ex = Assert.Throws<OptionsValidationException>(() => Bind(("High", value)).Value);

        Assert.StartsWith("ComplaintGrid:Holds:Longest:High must be a positive time span of at most 365 days", Assert.Single(ex.Failures), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(7 * 24 * 60, "7 days")]
    [InlineData(36 * 60, "36 hours")]
    [InlineData(90, "90 minutes")]
    [InlineData(24 * 60, "1 day")]
    public void Describe_SaysTheLimitAsAPersonWould(int minutes, string expected) =>
        Assert.Equal(expected, HoldPolicy.Describe(TimeSpan.FromMinutes(minutes)));
}
