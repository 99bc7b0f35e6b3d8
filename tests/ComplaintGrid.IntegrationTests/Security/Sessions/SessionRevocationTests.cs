using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

using static ComplaintGrid.IntegrationTests.Security.Sessions.EmbeddedUsers;

namespace ComplaintGrid.IntegrationTests.Security.Sessions;

/// <summary>
/// A session ends when its user signs out or their entry changes, and nowhere survives it: not on another request, not
/// after a restart. The keys behind the cookies live in the deployment's store, so a restart keeps the sessions that stand.
/// </summary>
public sealed class SessionRevocationTests
{
    [Fact]
    public async Task SignOut_TheOldCookie_NoLongerReadsActsOrOpensTheLiveFeed()
    {
        await using var host = new EmbeddedHost();
        await host.Start(EmbeddedUsers.Both);
        var cookie = await SessionCookie.SignIn(host.Address, Agent, AgentPassword);
        Assert.Equal(HttpStatusCode.OK, await cookie.Read(host.Address));

        await cookie.SignOut(host.Address);

        Assert.Equal(HttpStatusCode.Unauthorized, await cookie.Read(host.Address));
        Assert.Equal(HttpStatusCode.Unauthorized, await cookie.Read(host.Address, "/api/departments/logistics/queue"));
        Assert.Equal(HttpStatusCode.Unauthorized, await cookie.Post(host.Address, "/hub/dashboard/negotiate?negotiateVersion=1"));
        Assert.Equal(HttpStatusCode.Unauthorized, await cookie.Post(host.Address, "/api/departments/logistics/shifts/agent-x", HttpMethod.Put));
    }

    [Fact]
    public async Task SignOut_ClosesTheLiveFeedTheSessionHadOpen()
    {
        await using var host = new EmbeddedHost();
        await host.Start(EmbeddedUsers.Both, null, "--ComplaintGrid:Dashboard:LiveSessionCheck", "00:00:01");
        var cookie = await SessionCookie.SignIn(host.Address, Lead, LeadPassword);
        var other = await SessionCookie.SignIn(host.Address, Agent, AgentPassword);
        await using var feed = await OpenFeed(host.Address, cookie);
        await using var otherFeed = await OpenFeed(host.Address, other);
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        feed.Closed += _ =>
        {
            closed.TrySetResult();
            return Task.CompletedTask;
        };

        await cookie.SignOut(host.Address);

        await closed.Task.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Equal(HubConnectionState.Disconnected, feed.State);
        Assert.Equal(HubConnectionState.Connected, otherFeed.State);
    }

    [Fact]
    public async Task Restart_KeepsStandingSessions_AndSignedOutOnesStayEnded()
    {
        await using var host = new EmbeddedHost();
        await host.Start(EmbeddedUsers.Both);
        var kept = await SessionCookie.SignIn(host.Address, Agent, AgentPassword);
        var ended = await SessionCookie.SignIn(host.Address, Lead, LeadPassword);
        await ended.SignOut(host.Address);
        var ring = await host.Services.GetRequiredService<IGrainFactory>().GetGrain<ISignInKeyRingGrain>(0).GetAll();

        await host.Start(EmbeddedUsers.Both);

        Assert.Contains(ring, e => e.Xml.StartsWith("<key ", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, await kept.Read(host.Address));
        Assert.Equal(HttpStatusCode.Unauthorized, await ended.Read(host.Address));
    }

    public static TheoryData<string, (string, string, string, bool)[]> ChangedEntries => new()
    {
        { "removed", [(Lead, LeadPassword, "lead", false)] },
        { "disabled", [(Agent, AgentPassword, "supervisor", true), (Lead, LeadPassword, "lead", false)] },
        { "given a new password", [(Agent, "a-new-password", "supervisor", false), (Lead, LeadPassword, "lead", false)] },
        { "given another role", [(Agent, AgentPassword, "lead", false), (Lead, LeadPassword, "lead", false)] },
    };

    [Theory]
    [MemberData(nameof(ChangedEntries))]
    public async Task ChangedUser_TheirSessionsStopAtTheNextRequest_OthersStand(string change, (string, string, string, bool)[] users)
    {
        await using var host = new EmbeddedHost();
        await host.Start(EmbeddedUsers.Both);
        var changed = await SessionCookie.SignIn(host.Address, Agent, AgentPassword);
        var other = await SessionCookie.SignIn(host.Address, Lead, LeadPassword);

        await host.Start(users);

        Assert.True(HttpStatusCode.Unauthorized == await changed.Read(host.Address), $"The session of a user {change} still reads.");
        Assert.Equal(HttpStatusCode.OK, await other.Read(host.Address));
    }

    private static async Task<HubConnection> OpenFeed(Uri host, SessionCookie cookie)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(host, "/hub/dashboard"), o => o.Headers["Cookie"] = $"{SessionCookie.Name}={cookie.Value}")
            .Build();
        await connection.StartAsync();
        return connection;
    }

    [Fact]
    public async Task DisabledUser_CannotSignInWithTheRightPassword()
    {
        await using var host = new EmbeddedHost();
        await host.Start([(Agent, AgentPassword, "supervisor", true)]);
        using var http = new HttpClient { BaseAddress = host.Address };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Agent}:{AgentPassword}")));

        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("/api/departments")).StatusCode);
    }
}
