using System.Collections.Concurrent;
using ComplaintGrid.Simulator;

namespace ComplaintGrid.Tests.Simulator;

/// <summary>Keeps everything the simulator reports, for the tests to compare with what the grains hold.</summary>
internal sealed class RecordingObserver : ISimulationObserver
{
    public ConcurrentQueue<FileComplaint> Sent { get; } = new();

    public ConcurrentQueue<FileComplaint> FiledCommands { get; } = new();

    public ConcurrentQueue<ComplaintView> FiledViews { get; } = new();

    public ConcurrentQueue<ComplaintView> ActedViews { get; } = new();

    public ConcurrentQueue<Exception> Failures { get; } = new();

    public void Filing(FileComplaint command) => Sent.Enqueue(command);

    public void Filed(FileComplaint command, ComplaintView complaint)
    {
        FiledCommands.Enqueue(command);
        FiledViews.Enqueue(complaint);
    }

    public void Acted(ComplaintView complaint) => ActedViews.Enqueue(complaint);

    public void CallFailed(Exception exception) => Failures.Enqueue(exception);
}
