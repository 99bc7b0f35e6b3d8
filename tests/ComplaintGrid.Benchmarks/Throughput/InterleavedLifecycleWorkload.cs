namespace ComplaintGrid.Benchmarks.Throughput;

/// <summary>
/// Full lifecycles at a contact centre's pace rather than back to back: each caller takes <paramref name="interleave"/>
/// complaints and moves them one step at a time, in turn, so a complaint's consecutive steps are that many calls apart
/// (longer than a view's checkpoint period at the interleaves used). Its customer view then stores each step in a
/// checkpoint of its own, as it would when a complaint's steps are hours apart; back to back, one checkpoint often
/// stores several steps of one complaint.
/// </summary>
internal sealed class InterleavedLifecycleWorkload(IGrainFactory grains, int interleave) : IWorkload
{
    public string Name => $"lifecycle x{interleave}";

    public async Task RunUnit(string runId, int i, Action eventDone)
    {
        var complaints = new (IComplaintGrain Grain, FileComplaint Filing)[interleave];
        for (var c = 0; c < interleave; c++)
        {
            var filing = LifecycleScript.Filing(runId, i * interleave + c);
            complaints[c] = (await LifecycleScript.GrainFor(grains, filing), filing);
        }
        foreach (var step in LifecycleScript.Steps)
        {
            foreach (var (grain, filing) in complaints)
            {
                await step(grain, filing);
                eventDone();
            }
        }
    }
}
