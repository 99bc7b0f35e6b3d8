using ComplaintGrid.IntegrationTests.Api;
using Microsoft.AspNetCore.Builder;

namespace ComplaintGrid.IntegrationTests.Incidents;

/// <summary>
/// A silo host with incident detection on (it is off unless configured), of its own: the other hosts' tests file the
/// same story many times, which here would open incidents. Each test files its own story under its own reference.
/// </summary>
public sealed class IncidentHostFixture : IAsyncLifetime
{
    public const string Supervisor = "inc-sup";
    public const string SupervisorPassword = "inc-sup-password";
    public const string Lead = "inc-lead";
    public const string LeadPassword = "inc-lead-password";

    /// <summary>Complaints a burst needs here.</summary>
    public const int MinimumCount = 5;

    private WebApplication? _app;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Signed in as the supervisor.</summary>
    public HttpClient Http { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        (_app, BaseAddress) = await TestSiloHost.StartAsync(SiloArguments.OnLoopback("incident-tests")
            .Profile("Memory")
            .User(Supervisor, SupervisorPassword, "supervisor")
            .User(Lead, LeadPassword, "lead")
            .Set("ComplaintGrid:Incidents:Enabled", "true")
            .Set("ComplaintGrid:Incidents:MinimumCount", MinimumCount.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Set("ComplaintGrid:Incidents:Window", "00:15:00"));
        Http = Client(Supervisor, SupervisorPassword);
    }

    public HttpClient Client(string user, string password) => BasicAuth.Client(BaseAddress, user, password);

    /// <summary>A story of its own: words no other test uses, so only its own filings are near-identical to it.</summary>
    public static (string Reference, string Description) NewStory()
    {
        string Word() => "w" + Guid.NewGuid().ToString("N")[..8];
        return ("OUT-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant(),
            $"The {Word()} service stopped, {Word()} {Word()} shows nothing and the {Word()} line is dead since {Word()}");
    }

    /// <summary>Files <paramref name="count"/> complaints of one story; returns their ids.</summary>
    public async Task<string[]> FileStory(string reference, string description, int count, string category = "Delivery")
    {
        var ids = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var filing = ApiCalls.Filing(ApiCalls.NewCustomer());
            filing["reference"] = reference;
            filing["description"] = description;
            filing["category"] = category;
            ids.Add(await Http.FileAsync(filing));
        }
        return [.. ids];
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class IncidentHostCollection : ICollectionFixture<IncidentHostFixture>
{
    public const string Name = "incident-host";
}
