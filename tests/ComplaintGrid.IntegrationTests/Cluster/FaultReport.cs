namespace ComplaintGrid.IntegrationTests.Cluster;

/// <summary>What one fault did to the simulator's traffic: the line every fault test prints, and what it must show.</summary>
/// <param name="Fault">The fault, as a person would name it.</param>
/// <param name="Filings">Filings the cluster acknowledged.</param>
/// <param name="Actions">Agent steps the cluster acknowledged.</param>
/// <param name="Lost">Acknowledged filings not found, and acknowledged steps whose event is not in the timeline.</param>
/// <param name="DuplicatedEvents">Acknowledged steps whose event is in the timeline more than once.</param>
/// <param name="DeadlineFirings">Deadline escalations recorded on the complaints.</param>
/// <param name="DuplicatedFirings">Deadline escalations recorded twice (the same clock reaching the same level again).</param>
/// <param name="FailureWindow">From the start of the fault to the last failed call.</param>
/// <param name="FailedCalls">Calls that failed; the simulator calls once and never retries, so each is what a caller saw.</param>
/// <param name="FailureKinds">The failed calls by exception type.</param>
/// <param name="SlowestFiling">The longest an acknowledged filing sent after the fault began waited for its answer.</param>
public sealed record FaultReport(
    string Fault, int Filings, int Actions, int Lost, int DuplicatedEvents, int DeadlineFirings, int DuplicatedFirings,
    TimeSpan FailureWindow, int FailedCalls, string FailureKinds, TimeSpan SlowestFiling)
{
    public int Acknowledged => Filings + Actions;

    public override string ToString() =>
        $"{Fault}: acknowledged {Acknowledged} ({Filings} filings, {Actions} actions), lost {Lost}, duplicated {DuplicatedEvents}; " +
        $"{DeadlineFirings} deadline firings, duplicated {DuplicatedFirings}; requests failed until {FailureWindow.TotalSeconds:0.0} s after the fault began " +
        $"({FailedCalls} failed calls{(FailedCalls > 0 ? ": " + FailureKinds : "")}); slowest acknowledged filing {SlowestFiling.TotalMilliseconds:0} ms";

    public void AssertNothingLostOrDoubled()
    {
        Assert.True(Filings > 0 && Actions > 0, $"the load did not run: {this}");
        Assert.Equal(0, Lost);
        Assert.Equal(0, DuplicatedEvents);
        Assert.Equal(0, DuplicatedFirings);
    }
}
