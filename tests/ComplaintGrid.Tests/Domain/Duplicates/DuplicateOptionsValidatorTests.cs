using ComplaintGrid.Domain.Duplicates;

namespace ComplaintGrid.Tests.Domain.Duplicates;

public sealed class DuplicateOptionsValidatorTests
{
    private readonly DuplicateOptionsValidator _validator = new();

    [Fact]
    public void The_defaults_are_valid() => Assert.True(_validator.Validate(null, new DuplicateOptions()).Succeeded);

    [Theory]
    [InlineData(0, 0.6, "ComplaintGrid:Duplicates:Window")]
    [InlineData(400, 0.6, "ComplaintGrid:Duplicates:Window")]
    [InlineData(14, 0, "ComplaintGrid:Duplicates:Threshold")]
    [InlineData(14, 1.5, "ComplaintGrid:Duplicates:Threshold")]
    public void A_bad_value_fails_naming_its_key(int days, double threshold, string key)
    {
        var result = _validator.Validate(null, new DuplicateOptions { Window = TimeSpan.FromDays(days), Threshold = threshold });

        Assert.True(result.Failed);
        Assert.Contains(key, result.FailureMessage, StringComparison.Ordinal);
    }
}
