using System.Security.Claims;
using ComplaintGrid.Api.Auth.Sso;

namespace ComplaintGrid.IntegrationTests.Security.Sso;

/// <summary>How a provider's claims become a user, and which tokens are refused with which reason.</summary>
public sealed class SsoClaimsTests
{
    private static readonly SsoOptions Options = new();

    private static ClaimsPrincipal Token(params (string Type, string Value)[] claims) =>
        new(new ClaimsIdentity(claims.Select(c => new Claim(c.Type, c.Value)), "oidc"));

    [Fact]
    public void AgentWithDepartments_InOneClaimOrSeveral_MapsToThoseDepartments()
    {
        var (user, refusal) = SsoClaims.Map(Token(("preferred_username", "ana"), ("role", "Agent"), ("departments", "logistics, finance"), ("departments", "policy")), Options);

        Assert.Null(refusal);
        Assert.Equal(("ana", "agent"), (user!.Name, user.Role));
        Assert.Equal(["logistics", "finance", "policy"], user.Departments);
    }

    [Theory]
    [InlineData("role", "no ComplaintGrid role")]
    [InlineData("name", "no usable user id")]
    [InlineData("reserved", "reserved")]
    [InlineData("departments", "names no departments")]
    [InlineData("unknown-role", "it is 'admin'")]
    public void TokenMissingWhatIsNeeded_IsRefusedSayingWhat(string flaw, string reason)
    {
        var claims = new List<(string, string)> { ("preferred_username", flaw == "reserved" ? "system" : "ana"), ("role", "agent"), ("departments", "logistics") };
        claims.RemoveAll(c => (flaw, c.Item1) is ("role", "role") or ("name", "preferred_username") or ("departments", "departments"));
        if (flaw == "unknown-role")
            claims[1] = ("role", "admin");

        var (user, refusal) = SsoClaims.Map(Token([.. claims]), Options);

        Assert.Null(user);
        Assert.Contains(reason, refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void HalfConfigured_StopsStartUpNamingTheKeys()
    {
        var result = new SsoOptionsValidator().Validate(null, new SsoOptions { Authority = "http://idp.example" });

        Assert.Equal(
            ["ComplaintGrid:Dashboard:Sso:Authority must use https, or ComplaintGrid:Dashboard:Sso:RequireHttpsMetadata must be false (only for a provider on this machine).",
             "ComplaintGrid:Dashboard:Sso:ClientId is required with Authority."],
            result.Failures);
        Assert.True(new SsoOptionsValidator().Validate(null, new SsoOptions()).Succeeded);
    }
}
