using ComplaintGrid.Domain.Queues;

namespace ComplaintGrid.Tests.Domain.Queues;

public sealed class QueueHealthOptionsValidatorTests
{
    private static readonly QueueHealthOptionsValidator Validator = new();

    [Fact]
    public void Validate_Defaults_Succeeds() => Assert.True(Validator.Validate(null, new QueueHealthOptions()).Succeeded);

    [Fact]
    public void Validate_RedLooserThanAmberOrZeroAge_NamesEveryKey()
    {
        var options = new QueueHealthOptions
        {
            AmberUnacknowledgedAge = TimeSpan.Zero,
            RedBreached = 1,
            AmberBreached = 2,
            RedServiceLevel = 0.99,
            RedLoadPerAgent = 5,
        };

        var result = Validator.Validate(null, options);

        Assert.Equal(4, result.Failures!.Count());
        Assert.Contains("ComplaintGrid:QueueHealth:AmberUnacknowledgedAge must be greater than zero.", result.Failures!);
        Assert.Contains("ComplaintGrid:QueueHealth:RedBreached must be at least AmberBreached.", result.Failures!);
        Assert.Contains("ComplaintGrid:QueueHealth:RedServiceLevel must be at most AmberServiceLevel.", result.Failures!);
        Assert.Contains("ComplaintGrid:QueueHealth:RedLoadPerAgent must be at least AmberLoadPerAgent.", result.Failures!);
    }
}
