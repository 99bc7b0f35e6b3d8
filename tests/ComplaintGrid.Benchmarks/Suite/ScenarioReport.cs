namespace ComplaintGrid.Benchmarks.Suite;

/// <summary>One line of the suite's summary: the figure, its floor and ratio where it has one, and the target.</summary>
internal sealed record ScenarioReport(string Scenario, string Figure, string Floor, string Ratio, string Target, bool Met)
{
    public string Verdict => Met ? "met" : "MISSED";
}
