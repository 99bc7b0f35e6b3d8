using ComplaintGrid.Api.Auth;

namespace ComplaintGrid.Tests.Dashboard;

public sealed class DashboardAuthOptionsValidatorTests
{
    [Theory]
    [InlineData("system")]
    [InlineData("Intake")]
    [InlineData("CUSTOMER")]
    public void Validate_UserNamedLikeComplaintGridsOwnActor_IsRefusedNamingTheKey(string name)
    {
        var options = new DashboardAuthOptions
        {
            Users = [new DashboardUser { Name = "ana", Password = "pw", Role = "supervisor" }, new DashboardUser { Name = name, Password = "pw", Role = "lead" }],
        };

        var result = new DashboardAuthOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Equal($"ComplaintGrid:Dashboard:Users:1:Name '{name}' is reserved for ComplaintGrid's own timeline entries (system, intake, customer).",
            Assert.Single(result.Failures!));
    }
}
