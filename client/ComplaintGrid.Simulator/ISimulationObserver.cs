namespace ComplaintGrid.Simulator;

/// <summary>
/// Told what each of the <see cref="CallCentreSimulator"/>'s calls into the cluster came to, so a caller (the fault
/// tests) knows exactly which filings and agent steps the cluster acknowledged. Called on the simulator's own tasks,
/// concurrently: implementations must be thread-safe and quick. The simulator runs the same with or without one.
/// </summary>
public interface ISimulationObserver
{
    /// <summary>A filing is about to be sent: it may land even if its answer is lost (the cluster gives it its id).</summary>
    void Filing(FileComplaint command);

    /// <summary>The cluster acknowledged <paramref name="command"/>; <paramref name="complaint"/> is the view it answered with.</summary>
    void Filed(FileComplaint command, ComplaintView complaint);

    /// <summary>
    /// The cluster acknowledged an agent's step (or a customer's escalation request); <paramref name="complaint"/> is
    /// the view it answered with, whose latest entry that is not a deadline's escalation is the step's event.
    /// </summary>
    void Acted(ComplaintView complaint);

    /// <summary>A call into the cluster failed (not a refusal of the command, which is the domain answering).</summary>
    void CallFailed(Exception exception);
}
