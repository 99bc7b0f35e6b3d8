using System.Net;
using ComplaintGrid.IntegrationTests.Cluster;
using ComplaintGrid.IntegrationTests.Dashboard;

namespace ComplaintGrid.IntegrationTests.Security.Sessions;

/// <summary>
/// Two stand-alone dashboard hosts on one PostgreSQL cluster, as behind a load balancer: a sign-in made at one is good
/// at the other (one key ring, in the database), and signing out at either ends it at both.
/// </summary>
[Collection(ClusterProcessCollection.Name)]
public sealed class SharedSessionTests(StandaloneDashboardHostFixture cluster) : IClassFixture<StandaloneDashboardHostFixture>
{
    [Fact]
    public async Task SignInAtOneHost_ReadsAtAnother_AndSignOutAtEitherEndsItAtBoth()
    {
        var (other, otherAddress) = await cluster.StartHostAsync();
        try
        {
            var cookie = await SessionCookie.SignIn(cluster.BaseAddress, StandaloneDashboardHostFixture.Lead, StandaloneDashboardHostFixture.LeadPassword);
            Assert.Equal(HttpStatusCode.OK, await cookie.Read(otherAddress));

            await cookie.SignOut(otherAddress);

            Assert.Equal(HttpStatusCode.Unauthorized, await cookie.Read(cluster.BaseAddress));
            Assert.Equal(HttpStatusCode.Unauthorized, await cookie.Read(otherAddress));
        }
        finally
        {
            await other.StopAsync();
            await other.DisposeAsync();
        }
    }
}
