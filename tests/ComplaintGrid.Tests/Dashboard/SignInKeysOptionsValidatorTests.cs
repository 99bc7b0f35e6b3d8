using ComplaintGrid.Api.Auth;

namespace ComplaintGrid.Tests.Dashboard;

public sealed class SignInKeysOptionsValidatorTests
{
    [Fact]
    public void Validate_RelativeDirectory_FailsNamingTheKey()
    {
        var result = new SignInKeysOptionsValidator().Validate(null, new SignInKeysOptions { Directory = "keys" });

        Assert.True(result.Failed);
        Assert.Equal("ComplaintGrid:Dashboard:SignInKeys:Directory must be an absolute path (got 'keys').", Assert.Single(result.Failures!));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("/var/lib/complaintgrid/dashboard-keys")]
    public void Validate_UnsetOrAbsoluteDirectory_Succeeds(string? directory)
    {
        var result = new SignInKeysOptionsValidator().Validate(null, new SignInKeysOptions { Directory = directory });

        Assert.True(result.Succeeded);
    }
}
