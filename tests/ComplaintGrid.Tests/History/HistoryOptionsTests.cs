using ComplaintGrid.History;
using ComplaintGrid.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintGrid.Tests.History;

/// <summary>The history switch as the silo binds it: on unless turned off, and a bad value refused naming the key.</summary>
public sealed class HistoryOptionsTests
{
    private static ComplaintHistory Resolve(string? enabled)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(enabled is null ? [] : [new KeyValuePair<string, string?>("ComplaintGrid:History:Enabled", enabled)])
            .Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<IComplaintHistoryStore>(new NoStore())
            .AddComplaintGridGrains()
            .BuildServiceProvider();
        return services.GetRequiredService<ComplaintHistory>();
    }

    [Fact]
    public void Resolve_NothingConfigured_KeepsTheProfilesStore() => Assert.IsType<NoStore>(Resolve(null).Store);

    [Fact]
    public void Resolve_TurnedOff_KeepsNoHistory()
    {
        var history = Resolve("false");
        Assert.Equal((false, null), (history.Enabled, history.Store));
    }

    [Fact]
    public void Resolve_NotABoolean_IsRefusedNamingTheKey()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => Resolve("sometimes"));
        Assert.Contains("ComplaintGrid:History:Enabled", ex.Message, StringComparison.Ordinal);
    }

    private sealed class NoStore : IComplaintHistoryStore
    {
        public Task Apply(ComplaintHistoryRecord record, IReadOnlyList<ComplaintHistoryEvent> events, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task ApplyMany(IReadOnlyList<ComplaintHistoryUpdate> updates, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<ComplaintHistoryRecord?> Get(string complaintId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<IReadOnlyList<ComplaintHistoryEvent>> Events(string complaintId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<ComplaintSearchPage> Search(ComplaintSearchQuery query, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<ServiceReport> ServiceReport(ServiceReportQuery query, DateTimeOffset asOf, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<RootCauseReport> RootCauses(RootCauseQuery query, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    }
}
