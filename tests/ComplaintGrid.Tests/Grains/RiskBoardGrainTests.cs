namespace ComplaintGrid.Tests.Grains;

/// <summary>
/// The risk board stores on a checkpoint, not once per batch: a batch answers at once, the feed's reads never wait
/// behind the board's write, a batch during that write does not change what it stores, a burst of batches costs a
/// write or two, and what it holds survives its deactivation.
/// </summary>
[Collection(ViewLossCollection.Name)]
public sealed class RiskBoardGrainTests(ViewLossClusterFixture fixture)
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(10);

    // Several checkpoint periods of this cluster (100 ms).
    private static readonly TimeSpan CheckpointsApart = TimeSpan.FromMilliseconds(400);

    [Fact]
    public async Task WhileTheBoardsWriteIsHeld_BatchesAnswerAtOnce_AndReadsShowThem()
    {
        var board = fixture.Grains.GetGrain<IRiskBoardGrain>(0);
        var first = Entry();
        var second = Entry();
        var held = FailingViewStorage.Hold("riskBoard");
        try
        {
            await board.Update([first]).WaitAsync(Within);
            await held.WaitAsync(Within); // the write has begun, and waits

            // The write is still held: a slow database. Neither a batch nor the feed's read waits for it.
            await board.Update([second]).WaitAsync(Within);
            var shown = await board.GetIfChanged(-1).WaitAsync(Within);

            Assert.NotNull(shown);
            Assert.Contains(shown.Customers, c => c.CustomerId == first.CustomerId);
            Assert.Contains(shown.Customers, c => c.CustomerId == second.CustomerId);
        }
        finally
        {
            FailingViewStorage.Release();
        }
    }

    [Fact]
    public async Task ABatchDuringTheBoardsWrite_DoesNotChangeWhatThatWriteStores()
    {
        var board = fixture.Grains.GetGrain<IRiskBoardGrain>(0);
        var before = Entry();
        var during = Entry();
        var held = FailingViewStorage.Hold("riskBoard");
        try
        {
            await board.Update([before]);
            await held.WaitAsync(Within); // the write has begun, and waits

            // Orleans' ADO.NET storage serializes after an await, off the grain's turn: a batch applied meanwhile must
            // change the board, not the object that write is serializing ("Collection was modified").
            await board.Update([during]);

            var writing = Assert.IsType<ComplaintGrid.Grains.Feed.RiskBoardState>(FailingViewStorage.HeldState);
            Assert.Contains(before.CustomerId, writing.Customers.Keys);
            Assert.DoesNotContain(during.CustomerId, writing.Customers.Keys);
        }
        finally
        {
            FailingViewStorage.Release();
        }
    }

    [Fact]
    public async Task ABurstOfBatches_CostsAWriteOrTwo_NotOnePerBatch()
    {
        var board = fixture.Grains.GetGrain<IRiskBoardGrain>(0);
        await board.Update([Entry()]);
        await Task.Delay(CheckpointsApart);
        var writesBefore = FailingViewStorage.WritesOf(board.GetGrainId());

        // One customer scored again and again, so the burst leaves one entry on a board other tests read too.
        var customerId = Entry().CustomerId;
        for (var i = 0; i < 20; i++)
            await board.Update([Entry(customerId)]);
        // Waits for the burst's checkpoint rather than assuming one ran within a fixed time, then lets any
        // further write the burst caused land before counting.
        await Eventually.True(() => Task.FromResult(FailingViewStorage.WritesOf(board.GetGrainId()) > writesBefore),
            "the board stored the burst", Within);
        await Task.Delay(CheckpointsApart);

        var writes = FailingViewStorage.WritesOf(board.GetGrainId()) - writesBefore;
        Assert.InRange(writes, 1, 5);
    }

    [Fact]
    public async Task WhatTheBoardHolds_SurvivesItsDeactivation()
    {
        var board = fixture.Grains.GetGrain<IRiskBoardGrain>(0);
        var entry = Entry();
        await board.Update([entry]);

        // At once: no checkpoint has run, so only the store on the way out can keep the entry.
        await fixture.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);

        var shown = await board.GetIfChanged(-1);
        Assert.NotNull(shown);
        Assert.Contains(shown.Customers, c => c.CustomerId == entry.CustomerId && c.Score == entry.Score);
    }

    // Scores above any real customer's, so each entry is among those the board shows (a handful in all, so the
    // customers other tests look for stay among the 25 shown).
    private static CustomerRiskEntry Entry(string? customerId = null) =>
        new(customerId ?? $"risk-test-{Guid.NewGuid():N}", 1000 + Random.Shared.NextDouble(), null, [], 1, TimeProvider.System.GetUtcNow());
}
