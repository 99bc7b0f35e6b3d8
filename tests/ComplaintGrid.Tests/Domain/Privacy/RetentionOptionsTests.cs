using ComplaintGrid.Domain.Privacy;
using ComplaintGrid.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ComplaintGrid.Tests.Domain.Privacy;

/// <summary>The retention key as the silo binds it: off unless set, and a bad value refused naming the key.</summary>
public sealed class RetentionOptionsTests
{
    private static IOptions<RetentionOptions> Bind(string? value)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(value is null ? [] : [new KeyValuePair<string, string?>("ComplaintGrid:Retention:ClosedTextsAfter", value)])
            .Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddComplaintGridGrains().BuildServiceProvider();
        return services.GetRequiredService<IOptions<RetentionOptions>>();
    }

    [Fact]
    public void Bind_NothingConfigured_RetentionIsOff() => Assert.Null(Bind(null).Value.ClosedTextsAfter);

    [Fact]
    public void Bind_ADayCount_IsThePeriod() => Assert.Equal(TimeSpan.FromDays(365), Bind("365.00:00:00").Value.ClosedTextsAfter);

    [Fact]
    public void Bind_Zero_IsRefusedNamingTheKey()
    {
        var ex = Assert.Throws<OptionsValidationException>(() => Bind("00:00:00").Value);
        Assert.StartsWith("ComplaintGrid:Retention:ClosedTextsAfter must be a positive time span", Assert.Single(ex.Failures), StringComparison.Ordinal);
    }
}
