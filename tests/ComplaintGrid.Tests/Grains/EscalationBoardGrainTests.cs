using ComplaintGrid.Grains.Feed;

namespace ComplaintGrid.Tests.Grains;

/// <summary>
/// The escalation board stores each batch before it answers, but the dashboard's read of it never waits behind that
/// write: a slow database delays the batch, not every wall screen's next frame.
/// </summary>
[Collection(ViewLossCollection.Name)]
public sealed class EscalationBoardGrainTests(ViewLossClusterFixture fixture)
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task WhileABatchsWriteIsHeld_TheFeedsReadAnswers_AndShowsIt()
    {
        var board = fixture.Grains.GetGrain<IEscalationBoardGrain>(0);
        var writer = fixture.Grains.GetGrain<IEscalationBoardWriterGrain>(0);
        var entry = Entry();
        var held = FailingViewStorage.Hold("escalationBoard");
        Task adding;
        try
        {
            adding = writer.Apply([entry], []);
            await held.WaitAsync(Within); // the write has begun, and waits

            var shown = await board.GetIfChanged(-1).WaitAsync(Within);

            Assert.NotNull(shown);
            Assert.Contains(shown.Entries, e => e.ComplaintId == entry.ComplaintId);
            Assert.False(adding.IsCompleted, "the batch answered before its write was stored");
        }
        finally
        {
            FailingViewStorage.Release();
        }
        await adding.WaitAsync(Within);
    }

    private static EscalationEntry Entry()
    {
        var now = TimeProvider.System.GetUtcNow();
        return new EscalationEntry($"CMP-escalation-test-{Guid.NewGuid():N}", 1, now, ClockKind.FirstResponse, EscalationLevel.Breached,
            "logistics", null, "cust-escalation-test", Severity.High, Severity.High, ComplaintStatus.Received, now);
    }
}
